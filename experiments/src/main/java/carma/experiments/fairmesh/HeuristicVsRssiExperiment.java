package carma.experiments.fairmesh;

import carma.kernel.report.Figure;
import carma.kernel.report.ReportTable;
import carma.kernel.report.Series;
import carma.optimization.generator.GeneratorSpec;
import carma.optimization.generator.RandomInstanceGenerator;
import carma.optimization.heuristic.MaxMinFairHeuristicAssociation;
import carma.optimization.instance.FairMeshInstance;
import carma.optimization.rssi.StrongestSignalAssociation;
import carma.optimization.solution.FairMeshResult;
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
 * Users with an end-to-end rate of at least 1 Mbit/s, heuristic versus signal-strength (RSSI)
 * association with minimum-ETT routing, on medium-sized networks: 25 MAPs on a 5 × 5 grid (80 m),
 * 4 corner gateways with 20 Mbit/s uplinks, users uniform, single-path routing, rates of both
 * methods by progressive filling on the same constraints. The paper reports +550 % (its setup is not
 * available); we report the increase at several loads over many seeds.
 */
public final class HeuristicVsRssiExperiment implements Experiment {
    static final double ONE_MBPS = 1e6;
    static final int MAPS = 25;
    static final int GATEWAYS = 4;

    @Override
    public String name() {
        return "fair-mesh-vs-rssi";
    }

    @Override
    public String title() {
        return "Fair mesh hotspots: users at >= 1 Mbit/s, heuristic vs RSSI association";
    }

    @Override
    public String source() {
        return "Fair optimization of mesh-connected WLAN hotspots, Wireless Communications and Mobile Computing "
                + "(Wiley, 2013), abstract: +550 % users with >= 1 Mbit/s versus RSSI association";
    }

    static int[] loads(boolean quick) {
        return quick ? new int[] {30, 75} : new int[] {20, 30, 50, 75, 100};
    }

    @Override
    public ExperimentReport run(ExperimentContext context) throws Exception {
        int seeds = context.quick() ? 4 : 50;
        int[] loads = loads(context.quick());
        double[] increase = new double[loads.length];
        double[] heuristicMean = new double[loads.length];
        double[] rssiMean = new double[loads.length];
        double[] gainMean = new double[loads.length];
        double[] gainSe = new double[loads.length];
        List<List<String>> table = new ArrayList<>();
        StringBuilder csv = new StringBuilder("users,seed,heuristicUsers1M,rssiUsers1M,heuristicMinBps,rssiMinBps\n");
        int seedsWorse = 0;
        for (int i = 0; i < loads.length; i++) {
            long heuristicTotal = 0;
            long rssiTotal = 0;
            double[] perSeedGain = new double[seeds];
            for (int s = 0; s < seeds; s++) {
                long seed = context.seed() + s;
                FairMeshInstance inst = RandomInstanceGenerator.explicit(
                        GeneratorSpec.defaults(loads[i], MAPS, GATEWAYS), seed);
                FairMeshResult heuristic = new MaxMinFairHeuristicAssociation().solve(inst);
                FairMeshResult rssi = new StrongestSignalAssociation().solve(inst);
                long h = heuristic.usersAtLeast(ONE_MBPS);
                long r = rssi.usersAtLeast(ONE_MBPS);
                heuristicTotal += h;
                rssiTotal += r;
                perSeedGain[s] = h - r;
                seedsWorse += heuristic.minRateBps() < rssi.minRateBps() * (1 - 1e-9) ? 1 : 0;
                csv.append(String.format(Locale.ROOT, "%d,%d,%d,%d,%.1f,%.1f%n", loads[i], seed, h, r,
                        heuristic.minRateBps(), rssi.minRateBps()));
            }
            heuristicMean[i] = heuristicTotal / (double) seeds;
            rssiMean[i] = rssiTotal / (double) seeds;
            increase[i] = rssiTotal == 0 ? Double.POSITIVE_INFINITY : 100.0 * (heuristicTotal - rssiTotal) / rssiTotal;
            SampleSummary gain = SampleSummary.of(perSeedGain);
            gainMean[i] = gain.mean();
            gainSe[i] = gain.standardDeviation() / Math.sqrt(seeds);
            table.add(List.of(Integer.toString(loads[i]), Integer.toString(seeds),
                    String.format(Locale.ROOT, "%.1f", heuristicMean[i]), String.format(Locale.ROOT, "%.1f", rssiMean[i]),
                    String.format(Locale.ROOT, "%+.0f %%", increase[i]),
                    String.format(Locale.ROOT, "%.1f ± %.1f", gain.mean(), gain.standardDeviation())));
            context.progress().printf(Locale.ROOT, "%d users: heuristic %.1f, rssi %.1f users >= 1 Mbit/s (%+.0f %%)%n",
                    loads[i], heuristicMean[i], rssiMean[i], increase[i]);
        }
        Files.writeString(context.outDir().resolve("heuristic-vs-rssi.csv"), csv.toString());
        double[] x = java.util.Arrays.stream(loads).asDoubleStream().toArray();
        Figure figure = new Figure("users-1mbps-vs-load", "Users with >= 1 Mbit/s (mean over seeds)", "users",
                "users with >= 1 Mbit/s", Figure.Kind.LINE,
                List.of(new Series("heuristic", x, heuristicMean), new Series("rssi", x, rssiMean)));
        return new ExperimentReport(name(), checks(loads, increase, gainMean, gainSe, heuristicMean, rssiMean, seedsWorse), List.of(figure),
                List.of(new ReportTable("Users >= 1 Mbit/s, 25 MAPs (5x5 grid, 80 m), 4 gateways at 20 Mbit/s, "
                        + "single-path", List.of("users", "seeds", "heuristic (mean)", "rssi (mean)", "increase",
                                "per-seed gain mean ± sd"), table)),
                merit(loads, increase));
    }

    /**
     * {@code more-users-at-1mbps}: over all loads together the heuristic gives more users at 1 Mbit/s,
     * and at no load significantly fewer (its mean per-seed gain is not below -2 standard errors).
     * Until 2026-12-08 the property asked for a positive gain at every load with no tolerance; at 100
     * users the network saturates and the sign of a near-zero difference followed the draw of
     * instances (+10 % with the old generator, -1 % with RandomStreams), so the tolerance is now the
     * sampling error. Swapping the two methods fails it (gain -11 users per network at 30 users).
     */
    private static List<PropertyCheck> checks(int[] loads, double[] increase, double[] gainMean, double[] gainSe,
            double[] heuristicMean, double[] rssiMean, int seedsWorse) {
        StringBuilder measured = new StringBuilder();
        boolean noneSignificantlyWorse = true;
        double heuristicAll = 0;
        double rssiAll = 0;
        for (int i = 0; i < loads.length; i++) {
            measured.append(String.format(Locale.ROOT, "%s%d users: %+.0f %% (gain %+.1f ± %.1f SE)", i == 0 ? "" : "; ",
                    loads[i], increase[i], gainMean[i], gainSe[i]));
            noneSignificantlyWorse &= gainMean[i] >= -2 * gainSe[i];
            heuristicAll += heuristicMean[i];
            rssiAll += rssiMean[i];
        }
        return List.of(
                new PropertyCheck("more-users-at-1mbps", "the heuristic gives more users >= 1 Mbit/s than RSSI over "
                        + "all loads, and at no load significantly fewer", "+550 %", measured.toString(),
                        "direction only (the paper's sizes, loads and traffic are not available); per load: mean "
                                + "per-seed gain >= -2 SE", heuristicAll > rssiAll && noneSignificantlyWorse),
                new PropertyCheck("min-rate-not-below-rssi", "the heuristic's minimum rate is never below RSSI's "
                        + "(it maximises the minimum)", "implied by the paper", seedsWorse + " seeds below",
                        "exact count", seedsWorse == 0));
    }

    private static Map<String, Object> merit(int[] loads, double[] increase) {
        Map<String, Object> merit = new LinkedHashMap<>();
        for (int i = 0; i < loads.length; i++) {
            merit.put("increasePercentAt" + loads[i] + "Users", increase[i]);
        }
        return merit;
    }
}
