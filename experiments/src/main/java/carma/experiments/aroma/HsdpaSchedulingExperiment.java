package carma.experiments.aroma;

import carma.experiments.ScenarioResources;
import carma.kernel.report.Figure;
import carma.kernel.report.ReportTable;
import carma.kernel.time.SimTime;
import carma.runtime.Run;
import carma.runtime.RunOptions;
import carma.runtime.experiment.Experiment;
import carma.runtime.experiment.ExperimentContext;
import carma.runtime.experiment.ExperimentReport;
import carma.runtime.experiment.PropertyCheck;
import carma.scenario.RanSection;
import carma.scenario.RanSection.MovingUut;
import carma.scenario.RanSection.SchedulerChoice;
import carma.scenario.ScenarioOverride;
import carma.scenario.ScenarioSpec;
import carma.scenario.yaml.SpecWord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * AROMA case study I (paper §8.1, Figs. 18–19): HSDPA Max C/I versus round robin for a user under
 * test moving back and forth between two Node-Bs. The set-up is
 * {@code experiments/aroma-hsdpa-scheduling/scenario.yaml}; each run is that file with the
 * scheduler, seed and duration as overrides, run by {@link Run} into {@code runs/SCHEDULER-seed-N/};
 * the UUT's windows come from the run's trace bus. Both schedulers run on the same seeds (same
 * shadowing, users and sessions). Windows of 10 TTIs are classed by the user's position: "near a
 * Node-B" (within 20 % of the inter-site distance of one) and "at the border" (within 10 % of the
 * midpoint); each pass through a region is one batch for the standard errors.
 */
public final class HsdpaSchedulingExperiment implements Experiment {
    static final String NAME = "aroma-hsdpa-scheduling";
    static final String SCENARIO = "scenario.yaml";
    static final double NEAR = 0.2;
    static final double BORDER = 0.4;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String title() {
        return "AROMA case study I: HSDPA Max C/I vs round robin for a user moving between two Node-Bs";
    }

    @Override
    public String source() {
        return "López-Benítez et al., EURASIP JWCN 2010, article 961302, §8.1, Figs. 18-19";
    }

    @Override
    public ExperimentReport run(ExperimentContext ctx) {
        ScenarioSpec base = ScenarioResources.load(NAME, SCENARIO);
        if (!(base.section(RanSection.class).userUnderTest() instanceof MovingUut uut) || uut.waypointsM().size() != 2) {
            throw new IllegalStateException(SCENARIO + ": the user under test must move between two waypoints");
        }
        double warmupS = uut.departS();
        double uutStartS = uut.startS() - warmupS;
        int seeds = ctx.quick() ? 4 : 10;
        double durationS = ctx.quick() ? 260 : 520;
        Map<String, Regions> results = new LinkedHashMap<>();
        List<Figure> figures = new ArrayList<>();
        for (SchedulerChoice s : List.of(SchedulerChoice.MAX_CI, SchedulerChoice.ROUND_ROBIN)) {
            String scheduler = SpecWord.of(s);
            Regions r = new Regions();
            for (int k = 0; k < seeds; k++) {
                long seed = ctx.seed() + k;
                ctx.progress().printf(Locale.ROOT, "%s: %s, seed %d, %.0f s%n", name(), scheduler, seed, durationS);
                ScenarioSpec spec = ScenarioResources.load(NAME, SCENARIO,
                        new ScenarioOverride("ran.hsdpa.scheduler", scheduler),
                        new ScenarioOverride("seed", Long.toString(seed)),
                        new ScenarioOverride("durationS", Double.toString(warmupS + durationS)),
                        new ScenarioOverride("outputs.report", Boolean.toString(k == 0)));
                Run run = Run.prepare(spec, new RunOptions(ctx.outDir().resolve("runs").resolve(scheduler + "-seed-" + seed),
                        null));
                UutWindows t = UutWindows.subscribe(run.emulation().traceBus(), uut.waypointsM().get(0).get(0),
                        uut.waypointsM().get(1).get(0), SimTime.nanosOfSeconds(warmupS), durationS);
                run.execute();
                r.add(t, uutStartS + 5);
                if (k == 0) {
                    figures.addAll(HsdpaSchedulingFigures.of(scheduler, t));
                    HsdpaSchedulingFigures.writeCsv(ctx.outDir().resolve("uut-windows-" + scheduler + ".csv"), t);
                }
            }
            results.put(scheduler, r);
        }
        List<PropertyCheck> checks = HsdpaSchedulingChecks.evaluate(results.get("max-ci"), results.get("round-robin"));
        return new ExperimentReport(name(), checks, figures, List.of(table(results)), merit(results));
    }

    private static ReportTable table(Map<String, Regions> results) {
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<String, Regions> e : results.entrySet()) {
            for (String region : List.of("near Node-B", "cell border")) {
                RegionStatistics r = region.startsWith("near") ? e.getValue().near : e.getValue().border;
                rows.add(List.of(e.getKey(), region, r.acceptance().format("%.3f"), r.codesPerTti().format("%.2f"),
                        r.codesPerAcceptedTti().format("%.2f"), r.meanCqi().format("%.1f"), r.meanPilotDb().format("%.1f")));
            }
        }
        return new ReportTable("User under test per region (pooled over seeds)",
                List.of("scheduler", "region", "accepted / requested", "codes per TTI", "codes per accepted TTI",
                        "CQI", "pilot Ec/Io (dB)"), rows);
    }

    private static Map<String, Object> merit(Map<String, Regions> results) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (Map.Entry<String, Regions> e : results.entrySet()) {
            m.put(e.getKey() + ".acceptanceNearNodeB", e.getValue().near.acceptance().value());
            m.put(e.getKey() + ".acceptanceBorder", e.getValue().border.acceptance().value());
            m.put(e.getKey() + ".codesPerTtiNearNodeB", e.getValue().near.codesPerTti().value());
            m.put(e.getKey() + ".codesPerTtiBorder", e.getValue().border.codesPerTti().value());
        }
        return m;
    }

    /** The user under test's windows of one scheduler, split by region. */
    static final class Regions {
        final RegionStatistics near = new RegionStatistics();
        final RegionStatistics border = new RegionStatistics();

        void add(UutWindows t, double fromS) {
            for (int i = 0; i < t.size(); i++) {
                double b = t.borderness(i);
                boolean isNear = b < NEAR;
                boolean isBorder = b > BORDER;
                if (!isNear) {
                    near.endPass();
                }
                if (!isBorder) {
                    border.endPass();
                }
                if (t.timeS[i] < fromS) {
                    continue;
                }
                RegionStatistics r = isNear ? near : isBorder ? border : null;
                if (r != null) {
                    r.add(t.requested[i], t.accepted[i], t.codes[i], t.cqi[i], t.pilotDb[i]);
                }
            }
            near.endPass();
            border.endPass();
        }
    }
}
