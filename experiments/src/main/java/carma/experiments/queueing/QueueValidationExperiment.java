package carma.experiments.queueing;

import carma.experiments.ScenarioResources;
import carma.kernel.queueing.QueueModel;
import carma.kernel.queueing.StudentT;
import carma.kernel.report.Figure;
import carma.kernel.report.Series;
import carma.runtime.Run;
import carma.runtime.RunOptions;
import carma.runtime.RunResult;
import carma.runtime.experiment.Experiment;
import carma.runtime.experiment.ExperimentContext;
import carma.runtime.experiment.ExperimentReport;
import carma.runtime.experiment.PropertyCheck;
import carma.scenario.ScenarioOverride;
import carma.scenario.ScenarioSpec;
import carma.scenario.QueueSection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The kernel's validation: M/M/1 and M/D/1 mean wait and mean number waiting against
 * Pollaczek–Khinchine, over independent replications, with a 99 % Student-t interval.
 */
public final class QueueValidationExperiment implements Experiment {
    public static final String NAME = "queue-validation";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String title() {
        return "Kernel validation: M/M/1 and M/D/1 mean wait and queue length vs Pollaczek-Khinchine";
    }

    @Override
    public String source() {
        return "Kleinrock, Queueing Systems Vol. 1 (1975), §5.6 (Pollaczek-Khinchine mean-value formula)";
    }

    @Override
    public ExperimentReport run(ExperimentContext ctx) {
        ScenarioSpec base = ScenarioResources.load(NAME, "scenario.yaml");
        int reps = ctx.quick() ? 8 : 20;
        String durationS = ctx.quick() ? "4000" : "10000";
        QueueSection section = base.section(QueueSection.class);
        List<QueueModel> models = section.queues().stream().map(q -> new QueueModel(q.name(), q.arrivalRatePerS(),
                q.serviceRatePerS(), q.service())).toList();
        double[][] waits = new double[models.size()][reps];
        double[][] lengths = new double[models.size()][reps];
        for (int r = 0; r < reps; r++) {
            ScenarioSpec spec = ScenarioResources.load(NAME, "scenario.yaml",
                    new ScenarioOverride("seed", Long.toString(ctx.seed() + r)), new ScenarioOverride("durationS", durationS),
                    new ScenarioOverride("outputs.report", r == 0 ? "true" : "false"));
            RunResult res = Run.prepare(spec, new RunOptions(ctx.outDir().resolve(String.format("rep-%02d", r + 1)),
                    null)).execute();
            for (int q = 0; q < models.size(); q++) {
                String k = models.get(q).name();
                waits[q][r] = ((Number) res.report().headline().get(k + ".meanWaitS")).doubleValue();
                lengths[q][r] = ((Number) res.report().headline().get(k + ".meanWaiting")).doubleValue();
            }
            ctx.progress().printf(Locale.ROOT, "  replication %d/%d done%n", r + 1, reps);
        }
        List<PropertyCheck> checks = new ArrayList<>();
        Map<String, Object> fom = new LinkedHashMap<>();
        List<Series> series = new ArrayList<>();
        for (int q = 0; q < models.size(); q++) {
            QueueModel m = models.get(q);
            checks.add(ciCheck(m.name() + "-mean-wait", m.service().kendall() + " mean wait W_q [s]",
                    m.closedFormMeanWaitS(), waits[q], fom));
            checks.add(ciCheck(m.name() + "-mean-waiting", m.service().kendall() + " mean number waiting L_q",
                    m.closedFormMeanQueueLength(), lengths[q], fom));
            series.add(Series.indexed(m.name() + " measured W_q", waits[q]));
            series.add(Series.indexed(m.name() + " closed form", constant(reps, m.closedFormMeanWaitS())));
        }
        Figure fig = new Figure("replication-mean-waits", "Mean wait per replication vs closed form",
                "replication", "mean wait in queue [s]", Figure.Kind.SCATTER, series);
        return new ExperimentReport(NAME, checks, List.of(fig), List.of(), fom);
    }

    private static PropertyCheck ciCheck(String id, String what, double closed, double[] xs, Map<String, Object> fom) {
        int n = xs.length;
        double mean = 0;
        for (double x : xs) {
            mean += x;
        }
        mean /= n;
        double var = 0;
        for (double x : xs) {
            var += (x - mean) * (x - mean);
        }
        var /= n - 1;
        double half = StudentT.quantile995(n - 1) * Math.sqrt(var / n);
        boolean inside = Math.abs(mean - closed) <= half;
        boolean informative = half < 0.1 * closed;
        fom.put(id + ".measured", mean);
        fom.put(id + ".closedForm", closed);
        fom.put(id + ".ci99HalfWidth", half);
        return new PropertyCheck(id, what + " within the 99 % CI of " + n + " replications (CI < 10 % of value)",
                fmt(closed) + " (P-K)", fmt(mean), "±" + fmt(half) + " (t0.995," + (n - 1) + " s/√n)",
                inside && informative);
    }

    private static double[] constant(int n, double v) {
        double[] a = new double[n];
        java.util.Arrays.fill(a, v);
        return a;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }
}
