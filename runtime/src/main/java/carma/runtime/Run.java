package carma.runtime;

import carma.kernel.clock.TickLateness;
import carma.kernel.report.Figure;
import carma.kernel.report.ReportTable;
import carma.kernel.report.RunObserver;
import carma.kernel.report.RunReport;
import carma.kernel.sim.RunOutcome;
import carma.kernel.sim.Simulator;
import carma.runtime.output.BuildInfo;
import carma.runtime.output.CsvTraceWriter;
import carma.runtime.output.JsonFiles;
import carma.runtime.output.OutputFolder;
import carma.runtime.report.HtmlReport;
import carma.runtime.report.PlotRenderer;
import carma.scenario.Assembler;
import carma.scenario.EffectiveScenarioWriter;
import carma.scenario.Emulation;
import carma.scenario.ScenarioSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One run of a scenario, offline or in real time, with its output folder: the effective scenario,
 * one CSV per trace type, {@code manifest.json}, {@code summary.json} and {@code report.html} with
 * PNG plots. Pause, resume and stop go through {@link #simulator()} from any thread.
 *
 * <p>However the run ends (end time, stop request, real-time overrun), {@link #execute()} finishes
 * it in one order: the simulator stops at an event boundary; the models' end-of-run hooks close
 * their books ({@link Simulator#onRunEnd}); the trace files are flushed and closed; then
 * {@code summary.json}, {@code manifest.json} (outcome {@code completed}, {@code stopped} or
 * {@code failed: ...} and the simulated time reached) and {@code report.html} are written.
 */
public final class Run {
    private final ScenarioSpec spec;
    private final RunOptions options;
    private final Emulation emulation;

    private Run(ScenarioSpec spec, RunOptions options) {
        this.spec = spec;
        this.options = options;
        this.emulation = Assembler.assemble(spec);
    }

    /** Assembles the scenario; nothing is written until {@link #execute()}. */
    public static Run prepare(ScenarioSpec spec, RunOptions options) {
        return new Run(spec, options);
    }

    public Simulator simulator() {
        return emulation.simulator();
    }

    public Emulation emulation() {
        return emulation;
    }

    public RunResult execute() {
        Path out = OutputFolder.createEmpty(options.outDir());
        String effective = EffectiveScenarioWriter.toYaml(spec);
        write(out.resolve("effective-scenario.yaml"), effective);
        Simulator sim = emulation.simulator();
        CsvTraceWriter csv = spec.outputs().traces() ? new CsvTraceWriter(out) : null;
        if (csv != null) {
            emulation.traceBus().subscribeAll(csv);
        }
        String start = Instant.now().toString();
        long wall0 = System.nanoTime();
        RunOutcome outcome;
        sim.init();
        try (ProgressBar bar = options.progress() != null && !sim.isRealTime()
                ? new ProgressBar(sim, options.progress()) : null) {
            outcome = sim.run();
        } finally {
            if (csv != null) {
                csv.close();
            }
        }
        if (options.progress() != null && !sim.isRealTime()) {
            options.progress().println(ProgressBar.line(outcome.endTimeNs(), sim.endNs(), System.nanoTime() - wall0));
        }
        double wallS = (System.nanoTime() - wall0) / 1e9;
        RunReport report = new RunReport();
        for (RunObserver o : emulation.observers()) {
            o.contribute(report);
        }
        Manifest manifest = manifest(start, outcome, wallS, sha256(effective));
        JsonFiles.write(out.resolve("summary.json"), summary(outcome, report));
        JsonFiles.write(out.resolve("manifest.json"), manifest);
        if (spec.outputs().report()) {
            writeReport(out, manifest, report, csv == null ? Map.of() : csv.files(), effective);
        }
        return new RunResult(out, outcome, manifest, report);
    }

    private Map<String, Object> summary(RunOutcome outcome, RunReport report) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("scenario", spec.name());
        s.put("seed", spec.seed());
        s.put("simulatedS", outcome.endTimeNs() / 1e9);
        s.put("outcome", outcomeText(outcome));
        s.put("figures", report.headline());
        return s;
    }

    private Manifest manifest(String start, RunOutcome outcome, double wallS, String sha) {
        Simulator sim = emulation.simulator();
        Map<String, Object> lateness = new LinkedHashMap<>();
        if (sim.isRealTime()) {
            TickLateness.Snapshot l = sim.tickLateness().snapshot();
            lateness.put("ticks", l.ticks());
            lateness.put("lateTicks", l.lateTicks());
            lateness.put("lateThresholdMs", l.lateThresholdNs() / 1e6);
            lateness.put("overruns", l.overruns());
            lateness.put("meanMs", l.meanNs() / 1e6);
            lateness.put("p50Ms", l.p50Ns() / 1e6);
            lateness.put("p90Ms", l.p90Ns() / 1e6);
            lateness.put("p99Ms", l.p99Ns() / 1e6);
            lateness.put("p999Ms", l.p999Ns() / 1e6);
            lateness.put("maxMs", l.maxNs() / 1e6);
        }
        double simS = outcome.endTimeNs() / 1e9;
        return new Manifest(BuildInfo.version(), BuildInfo.gitRevision(), spec.name(), spec.seed(), sha, start,
                spec.clock().mode().word(), simS, wallS, wallS > 0 ? simS / wallS : 0, outcome.eventsProcessed(),
                outcomeText(outcome), System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                lateness);
    }

    private void writeReport(Path out, Manifest m, RunReport report, Map<String, Long> traces, String effective) {
        HtmlReport html = new HtmlReport("carma run: " + spec.name());
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("outcome", m.outcome());
        run.put("seed", m.seed());
        run.put("clock", m.clockMode());
        run.put("simulated time [s]", m.simulatedS());
        run.put("wall time [s]", String.format(java.util.Locale.ROOT, "%.3f", m.wallS()));
        run.put("speed ratio (simulated/wall)", String.format(java.util.Locale.ROOT, "%.1f", m.speedRatio()));
        run.put("events", m.events());
        run.put("carma", m.carmaVersion() + " (" + m.gitRevision() + ")");
        html.heading("Run").keyValues(run);
        if (!m.tickLateness().isEmpty()) {
            html.heading("Real-time tick lateness").keyValues(m.tickLateness());
        }
        html.heading("Headline figures").keyValues(report.headline());
        for (ReportTable t : report.tables()) {
            html.table(t);
        }
        report.notes().forEach(html::paragraph);
        if (!report.figures().isEmpty()) {
            html.heading("Plots");
        }
        for (Figure f : report.figures()) {
            html.figure(f, PlotRenderer.render(f, out));
        }
        Map<String, String> links = new LinkedHashMap<>();
        traces.forEach((file, rows) -> links.put(file, "(" + rows + " rows)"));
        links.put("summary.json", "headline figures");
        links.put("manifest.json", "version, seed, timing");
        html.heading("Files").links(links);
        html.heading("Effective scenario").preformatted(effective);
        html.write(out.resolve("report.html"));
    }

    private static String outcomeText(RunOutcome o) {
        return o.failed() ? "failed: " + o.failure() : o.stoppedEarly() ? "stopped" : "completed";
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
