package carma.runtime.experiment;

import carma.kernel.report.Figure;
import carma.kernel.report.ReportTable;
import carma.runtime.output.BuildInfo;
import carma.runtime.output.JsonFiles;
import carma.runtime.output.OutputFolder;
import carma.runtime.report.HtmlReport;
import carma.runtime.report.PlotRenderer;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs one experiment into its folder and writes {@code experiment.json}, {@code experiment.html}
 * (property table + plots) and prints the table of published vs measured figures.
 */
public final class ExperimentRunner {
    private ExperimentRunner() {}

    public static ExperimentReport run(Experiment e, ExperimentContext ctx, PrintStream out) throws Exception {
        Files.createDirectories(ctx.outDir());
        long t0 = System.nanoTime();
        ExperimentReport r = e.run(ctx);
        double wallS = (System.nanoTime() - t0) / 1e9;
        write(e, ctx, r, wallS);
        out.print(table(r));
        out.printf(Locale.ROOT, "%s: %d of %d properties hold (%s tier, %.1f s) -> %s%n", e.name(),
                r.checks().stream().filter(PropertyCheck::holds).count(), r.checks().size(),
                ctx.quick() ? "quick" : "full", wallS, ctx.outDir().resolve("experiment.html"));
        return r;
    }

    /** The plain-text table: property, published, measured, tolerance, verdict. */
    public static String table(ExperimentReport r) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"property", "published", "measured", "tolerance", "verdict"});
        for (PropertyCheck c : r.checks()) {
            rows.add(new String[] {c.id(), c.published(), c.measured(), c.tolerance(), c.holds() ? "holds" : "FAILS"});
        }
        int[] w = new int[5];
        for (String[] row : rows) {
            for (int i = 0; i < 5; i++) {
                w[i] = Math.max(w[i], Math.min(48, row[i].length()));
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < rows.size(); k++) {
            String[] row = rows.get(k);
            for (int i = 0; i < 5; i++) {
                String cell = row[i].length() > 48 ? row[i].substring(0, 45) + "..." : row[i];
                sb.append(String.format(Locale.ROOT, "%-" + w[i] + "s", cell)).append(i < 4 ? "  " : "\n");
            }
            if (k == 0) {
                for (int i = 0; i < 5; i++) {
                    sb.append("-".repeat(w[i])).append(i < 4 ? "  " : "\n");
                }
            }
        }
        return sb.toString();
    }

    private static void write(Experiment e, ExperimentContext ctx, ExperimentReport r, double wallS) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("experiment", e.name());
        json.put("title", e.title());
        json.put("source", e.source());
        json.put("tier", ctx.quick() ? "quick" : "full");
        json.put("seed", ctx.seed());
        json.put("carmaVersion", BuildInfo.version());
        json.put("gitRevision", BuildInfo.gitRevision());
        json.put("finished", Instant.now().toString());
        json.put("wallS", wallS);
        json.put("allHold", r.allHold());
        json.put("checks", r.checks());
        json.put("figuresOfMerit", new java.util.TreeMap<>(r.figuresOfMerit()));
        JsonFiles.write(ctx.outDir().resolve("experiment.json"), json);
        HtmlReport html = new HtmlReport("carma experiment: " + e.name());
        html.paragraph(e.title()).paragraph("Source: " + e.source())
                .paragraph((ctx.quick() ? "Quick" : "Full") + " tier, base seed " + ctx.seed() + ", "
                        + String.format(Locale.ROOT, "%.1f s", wallS) + ".");
        List<List<String>> rows = new ArrayList<>();
        for (PropertyCheck c : r.checks()) {
            rows.add(List.of(c.id(), c.description(), c.published(), c.measured(), c.tolerance(),
                    c.holds() ? "holds" : "fails"));
        }
        html.table("Expected properties", List.of("property", "expectation", "published", "measured", "tolerance",
                "verdict"), rows, 5);
        for (ReportTable t : r.tables()) {
            html.table(t);
        }
        for (Figure f : r.figures()) {
            html.figure(f, PlotRenderer.render(f, ctx.outDir()));
        }
        html.write(ctx.outDir().resolve("experiment.html"));
    }

    /** Creates the folder or checks it is empty. */
    public static Path prepareOutDir(Path dir) {
        return OutputFolder.createEmpty(dir);
    }
}
