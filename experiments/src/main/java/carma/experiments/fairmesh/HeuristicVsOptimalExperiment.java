package carma.experiments.fairmesh;

import carma.kernel.report.Figure;
import carma.kernel.report.ReportTable;
import carma.kernel.report.Series;
import carma.optimization.feasibility.FeasibilityChecker;
import carma.optimization.generator.GeneratorSpec;
import carma.optimization.generator.RandomInstanceGenerator;
import carma.optimization.heuristic.MaxMinFairHeuristicAssociation;
import carma.optimization.instance.FairMeshInstance;
import carma.optimization.milp.MaxMinFairMilpAssociation;
import carma.optimization.milp.MilpOptions;
import carma.optimization.solution.FairMeshResult;
import carma.optimization.solution.SolveStatus;
import carma.runtime.experiment.Experiment;
import carma.runtime.experiment.ExperimentContext;
import carma.runtime.experiment.ExperimentReport;
import carma.runtime.experiment.PropertyCheck;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Heuristic versus MILP optimum on random single-path networks: the paper reports that the
 * heuristic reaches 98 % of the optimum. Each instance is solved to proven optimality by SCIP
 * (instances that do not close within the limit are reported and excluded from the ratio).
 */
public final class HeuristicVsOptimalExperiment implements Experiment {
    static final double PUBLISHED_RATIO = 0.98;

    /** One size class of random instances. */
    record Size(int users, int maps, int gateways, int seeds) {}

    @Override
    public String name() {
        return "fair-mesh-heuristic-vs-optimal";
    }

    @Override
    public String title() {
        return "Fair mesh hotspots: heuristic reaches >= 98 % of the MILP max-min optimum";
    }

    @Override
    public String source() {
        return "Fair optimization of mesh-connected WLAN hotspots, Wireless Communications and Mobile Computing "
                + "(Wiley, 2013), abstract: heuristic within 98 % of the optimum on random networks";
    }

    static List<Size> sizes(boolean quick) {
        return quick ? List.of(new Size(12, 9, 2, 8))
                : List.of(new Size(20, 9, 2, 30), new Size(30, 9, 2, 15), new Size(40, 16, 2, 15),
                        new Size(60, 16, 2, 10), new Size(100, 25, 4, 10));
    }

    @Override
    public ExperimentReport run(ExperimentContext context) throws Exception {
        long limitMs = context.quick() ? 20_000 : 120_000;
        MilpOptions milp = MilpOptions.defaults().withTimeLimitMs(limitMs);
        List<double[]> rows = new ArrayList<>();
        List<List<String>> table = new ArrayList<>();
        int infeasibleHeuristic = 0;
        int notOptimal = 0;
        int aboveOptimum = 0;
        StringBuilder csv = new StringBuilder("users,maps,seed,exactStatus,optimumBps,heuristicBps,ratio,exactMs,"
                + "heuristicMs\n");
        for (Size size : sizes(context.quick())) {
            for (int i = 0; i < size.seeds(); i++) {
                long seed = context.seed() + i;
                FairMeshInstance inst = RandomInstanceGenerator.explicit(
                        GeneratorSpec.defaults(size.users(), size.maps(), size.gateways()), seed);
                FairMeshResult exact = new MaxMinFairMilpAssociation(milp).solve(inst);
                FairMeshResult heuristic = new MaxMinFairHeuristicAssociation().solve(inst);
                infeasibleHeuristic += FeasibilityChecker.violations(inst, heuristic).isEmpty() ? 0 : 1;
                boolean optimal = exact.status() == SolveStatus.OPTIMAL;
                double ratio = heuristic.minRateBps() / exact.minRateBps();
                if (!optimal) {
                    notOptimal++;
                } else {
                    rows.add(new double[] {size.users(), ratio});
                    aboveOptimum += ratio > 1 + 1e-4 ? 1 : 0;
                }
                csv.append(String.format(Locale.ROOT, "%d,%d,%d,%s,%.1f,%.1f,%.6f,%d,%d%n", size.users(), size.maps(),
                        seed, exact.status(), exact.minRateBps(), heuristic.minRateBps(), ratio, exact.solveTimeMs(),
                        heuristic.solveTimeMs()));
                table.add(List.of(size.users() + "/" + size.maps(), Long.toString(seed), exact.status().name(),
                        mbps(exact.minRateBps()), mbps(heuristic.minRateBps()),
                        String.format(Locale.ROOT, "%.4f", ratio), Long.toString(exact.solveTimeMs()),
                        Long.toString(heuristic.solveTimeMs())));
                context.progress().printf(Locale.ROOT, "%s seed %d: %s ratio %.4f%n", size, seed, exact.status(), ratio);
            }
        }
        Files.writeString(context.outDir().resolve("heuristic-vs-optimal.csv"), csv.toString());
        SampleSummary ratios = SampleSummary.of(rows.stream().mapToDouble(r -> r[1]).toArray());
        int required = context.quick() ? 8 : 50;
        return new ExperimentReport(name(),
                checks(ratios, required, notOptimal, infeasibleHeuristic, aboveOptimum),
                List.of(cdf(ratios)),
                List.of(new ReportTable("Per instance (single-path, 802.11a/g MAC rates, grid 80 m, SCIP)",
                        List.of("users/MAPs", "seed", "exact", "optimum Mbit/s", "heuristic Mbit/s", "ratio",
                                "exact ms", "heuristic ms"), table)),
                merit(ratios, notOptimal));
    }

    private static List<PropertyCheck> checks(SampleSummary ratios, int required, int notOptimal, int infeasible,
            int aboveOptimum) {
        return List.of(
                new PropertyCheck("ratio-mean", "mean heuristic/optimal minimum rate over instances solved to "
                        + "optimality", ">= 0.98", String.format(Locale.ROOT, "%.4f (%s)", ratios.mean(),
                                ratios.describe()),
                        "none: the published figure is a lower bar; mean must be >= 0.98", ratios.mean() >= PUBLISHED_RATIO),
                new PropertyCheck("optimal-instances", "instances solved to proven optimality",
                        ">= " + required, ratios.count() + " (not closed: " + notOptimal + ")",
                        "count, exact", ratios.count() >= required),
                new PropertyCheck("heuristic-feasible", "every heuristic solution satisfies (1)-(8c) (independent "
                        + "checker)", "0 violations", infeasible + " infeasible", "exact", infeasible == 0),
                new PropertyCheck("optimum-is-upper-bound", "heuristic never exceeds the proven optimum",
                        "ratio <= 1", aboveOptimum + " instances above 1 + 1e-4",
                        "1e-4 relative (solver feasibility tolerance 1e-6 on Mbit/s-scaled rows)", aboveOptimum == 0));
    }

    private static Figure cdf(SampleSummary ratios) {
        double[] x = ratios.sorted();
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = (i + 1.0) / x.length;
        }
        return new Figure("heuristic-optimal-ratio-cdf", "Heuristic / optimal minimum rate (empirical CDF)",
                "heuristic / optimal", "fraction of instances", Figure.Kind.STEP,
                List.of(new Series("instances solved to optimality", x, y),
                        new Series("published mean 0.98", new double[] {0.98, 0.98}, new double[] {0, 1})));
    }

    private static Map<String, Object> merit(SampleSummary ratios, int notOptimal) {
        Map<String, Object> merit = new LinkedHashMap<>();
        merit.put("meanRatio", ratios.mean());
        merit.put("minRatio", ratios.min());
        merit.put("p10Ratio", ratios.quantile(0.1));
        merit.put("medianRatio", ratios.quantile(0.5));
        merit.put("fractionAtOptimum", ratios.count() == 0 ? 0.0
                : java.util.Arrays.stream(ratios.sorted()).filter(r -> r >= 1 - 1e-4).count() / (double) ratios.count());
        merit.put("optimalInstances", ratios.count());
        merit.put("notClosedInstances", notOptimal);
        return merit;
    }

    static String mbps(double bps) {
        return String.format(Locale.ROOT, "%.3f", bps / 1e6);
    }
}
