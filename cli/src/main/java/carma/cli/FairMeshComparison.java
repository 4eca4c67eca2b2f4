package carma.cli;

import carma.optimization.heuristic.MaxMinFairHeuristicAssociation;
import carma.optimization.instance.FairMeshInstance;
import carma.optimization.instance.InvalidInstanceException;
import carma.optimization.io.InstanceJsonReader;
import carma.optimization.milp.MaxMinFairMilpAssociation;
import carma.optimization.milp.MilpOptions;
import carma.optimization.rssi.StrongestSignalAssociation;
import carma.optimization.solution.FairMeshResult;
import carma.optimization.solution.SolveStatus;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * {@code carma optimize --compare DIR}: runs exact, heuristic and rssi on every instance of a folder
 * and writes {@code compare.csv}, {@code compare.md} and three PNG plots (ratio distribution,
 * users at ≥ 1 Mbit/s per method, solve time versus size).
 */
final class FairMeshComparison {
    static final double ONE_MBPS = 1e6;
    private final Path inputDir;
    private final Path outDir;
    private final MilpOptions milp;
    private final PrintWriter out;

    FairMeshComparison(Path inputDir, Path outDir, MilpOptions milp, PrintWriter out) {
        this.inputDir = inputDir;
        this.outDir = outDir == null ? inputDir.resolve("compare") : outDir;
        this.milp = milp;
        this.out = out;
    }

    /** One instance's results. */
    record Row(String name, int users, int maps, FairMeshResult exact, FairMeshResult heuristic,
            FairMeshResult rssi) {
        Double ratio() {
            return exact.status() == SolveStatus.OPTIMAL && exact.minRateBps() > 0
                    ? heuristic.minRateBps() / exact.minRateBps() : null;
        }
    }

    int run() throws IOException {
        if (!Files.isDirectory(inputDir)) {
            throw new IllegalArgumentException("--compare: not a folder: " + inputDir);
        }
        InstanceJsonReader reader = new InstanceJsonReader();
        List<Path> files = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        try (Stream<Path> list = Files.list(inputDir)) {
            for (Path p : list.filter(x -> x.toString().endsWith(".json") && Files.isRegularFile(x)).sorted().toList()) {
                if (reader.isInstance(Files.readAllBytes(p))) {
                    files.add(p);
                } else {
                    skipped.add(p.getFileName().toString());
                }
            }
        }
        if (!skipped.isEmpty()) {
            out.printf("skipped %d file(s) that are not instances (no users and maps): %s%n", skipped.size(),
                    String.join(", ", skipped));
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("--compare: no *.json instances in " + inputDir);
        }
        List<Row> rows = new ArrayList<>();
        for (Path file : files) {
            FairMeshInstance instance;
            try {
                instance = reader.read(file);
            } catch (InvalidInstanceException e) {
                throw new InstanceFileError(file, e);
            }
            Row row = new Row(file.getFileName().toString(), instance.users().size(), instance.maps().size(),
                    new MaxMinFairMilpAssociation(milp).solve(instance),
                    new MaxMinFairHeuristicAssociation().solve(instance), new StrongestSignalAssociation().solve(instance));
            rows.add(row);
            out.println(line(row));
            out.flush();
        }
        Files.createDirectories(outDir);
        Files.writeString(outDir.resolve("compare.csv"), csv(rows));
        Files.writeString(outDir.resolve("compare.md"), markdown(rows));
        ComparisonCharts.write(rows, outDir);
        out.println(summary(rows));
        out.printf("wrote compare.csv, compare.md and 3 PNG plots to %s%n", outDir);
        out.flush();
        return OptimizeCommand.OK;
    }

    private static String line(Row r) {
        return String.format(Locale.ROOT, "%-40s exact %s %.3f Mbit/s (%d ms)  heuristic %.3f (%d ms)  rssi %.3f  ratio %s",
                r.name(), r.exact().status(), r.exact().minRateBps() / 1e6, r.exact().solveTimeMs(),
                r.heuristic().minRateBps() / 1e6, r.heuristic().solveTimeMs(), r.rssi().minRateBps() / 1e6,
                r.ratio() == null ? "-" : String.format(Locale.ROOT, "%.4f", r.ratio()));
    }

    static String summary(List<Row> rows) {
        double[] ratios = rows.stream().map(Row::ratio).filter(r -> r != null).mapToDouble(Double::doubleValue)
                .sorted().toArray();
        if (ratios.length == 0) {
            return "no instance solved to optimality: no heuristic/optimal ratio";
        }
        double mean = java.util.Arrays.stream(ratios).average().orElseThrow();
        return String.format(Locale.ROOT, "heuristic/optimal over %d optimal instances: mean %.4f, min %.4f, "
                + "median %.4f; users >= 1 Mbit/s: exact %d, heuristic %d, rssi %d", ratios.length, mean, ratios[0],
                ratios[ratios.length / 2], total(rows, 0), total(rows, 1), total(rows, 2));
    }

    private static long total(List<Row> rows, int method) {
        return rows.stream().mapToLong(r -> (method == 0 ? r.exact() : method == 1 ? r.heuristic() : r.rssi())
                .usersAtLeast(ONE_MBPS)).sum();
    }

    private static String csv(List<Row> rows) {
        StringBuilder b = new StringBuilder("instance,users,maps,exactStatus,exactMinRateBps,exactBoundBps,exactGap,"
                + "exactTimeMs,heuristicMinRateBps,heuristicTimeMs,rssiMinRateBps,ratio,exactUsers1M,heuristicUsers1M,"
                + "rssiUsers1M\n");
        for (Row r : rows) {
            b.append(String.format(Locale.ROOT, "%s,%d,%d,%s,%.1f,%s,%s,%d,%.1f,%d,%.1f,%s,%d,%d,%d%n", r.name(),
                    r.users(), r.maps(), r.exact().status(), r.exact().minRateBps(), r.exact().bestBoundBps(),
                    r.exact().gap(), r.exact().solveTimeMs(), r.heuristic().minRateBps(), r.heuristic().solveTimeMs(),
                    r.rssi().minRateBps(), r.ratio() == null ? "" : String.format(Locale.ROOT, "%.6f", r.ratio()),
                    r.exact().usersAtLeast(ONE_MBPS), r.heuristic().usersAtLeast(ONE_MBPS),
                    r.rssi().usersAtLeast(ONE_MBPS)));
        }
        return b.toString();
    }

    private static String markdown(List<Row> rows) {
        StringBuilder b = new StringBuilder("| instance | users | MAPs | exact status | exact min (Mbit/s) | gap | "
                + "exact ms | heuristic min | heuristic ms | rssi min | ratio | users >= 1 Mbit/s e/h/r |\n"
                + "|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Row r : rows) {
            b.append(String.format(Locale.ROOT, "| %s | %d | %d | %s | %.3f | %s | %d | %.3f | %d | %.3f | %s | %d/%d/%d |%n",
                    r.name(), r.users(), r.maps(), r.exact().status(), r.exact().minRateBps() / 1e6,
                    r.exact().gap() == null ? "-" : String.format(Locale.ROOT, "%.2e", r.exact().gap()),
                    r.exact().solveTimeMs(), r.heuristic().minRateBps() / 1e6, r.heuristic().solveTimeMs(),
                    r.rssi().minRateBps() / 1e6, r.ratio() == null ? "-" : String.format(Locale.ROOT, "%.4f", r.ratio()),
                    r.exact().usersAtLeast(ONE_MBPS), r.heuristic().usersAtLeast(ONE_MBPS),
                    r.rssi().usersAtLeast(ONE_MBPS)));
        }
        return b.append('\n').append(summary(rows)).append('\n').toString();
    }
}
