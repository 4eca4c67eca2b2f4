package carma.experiments.carmnet;

import carma.experiments.ScenarioResources;
import carma.kernel.time.SimTime;
import carma.kernel.trace.TraceRecord;
import carma.mesh.emulation.TraceCollector;
import carma.runtime.Run;
import carma.runtime.RunOptions;
import carma.runtime.RunResult;
import carma.scenario.ScenarioOverride;
import carma.scenario.ScenarioSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One run of a CARMNET experiment: an example scenario with the experiment's overrides, run through
 * {@link Run} into its own run folder (traces, summary, manifest; no HTML report). The experiment
 * subscribes its collectors with {@link #collect} before {@link #execute()} and reads the
 * headline figures of the result ({@code mesh.flow.NAME.*}, {@code mesh.ledger.consistent}).
 */
final class MeshRun {
    private final Run run;

    private MeshRun(Run run) {
        this.run = run;
    }

    /** {@code examples/mesh/FILE} with the overrides (and {@code outputs.report=false}), to be run into {@code dir}. */
    static MeshRun prepare(String file, Path dir, List<ScenarioOverride> overrides) {
        List<ScenarioOverride> all = new ArrayList<>(overrides);
        all.add(set("outputs.report", false));
        ScenarioSpec spec = ScenarioResources.example("mesh/" + file, all);
        return new MeshRun(Run.prepare(spec, new RunOptions(dir, null)));
    }

    static ScenarioOverride set(String path, Object value) {
        return new ScenarioOverride(path, String.valueOf(value));
    }

    /** A time in seconds, written so that the scenario reader turns it back into exactly {@code ns}. */
    static String seconds(long ns) {
        String s = String.format(Locale.ROOT, "%.9f", ns / 1e9);
        if (SimTime.nanosOfSeconds(Double.parseDouble(s)) != ns) {
            throw new IllegalStateException(ns + " ns does not survive as " + s + " s");
        }
        return s;
    }

    /** Keeps the run's records of one type. */
    <T extends TraceRecord> TraceCollector<T> collect(Class<T> type) {
        return new TraceCollector<>(run.emulation().traceBus(), type);
    }

    /** The scenario as read, overrides applied. */
    ScenarioSpec spec() {
        return run.emulation().spec();
    }

    RunResult execute() {
        return run.execute();
    }

    /** A numeric headline figure, NaN if the run did not report it (e.g. no packet received). */
    static double figure(RunResult r, String key) {
        Object v = r.report().headline().get(key);
        return v instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    /** Whether the Denarii ledger of the run balanced. */
    static boolean books(RunResult r) {
        Map<String, Object> h = r.report().headline();
        return Boolean.TRUE.equals(h.get("mesh.ledger.consistent"));
    }
}
