package carma.benchmarks.optimization;

import carma.optimization.generator.GeneratorSpec;
import carma.optimization.generator.RandomInstanceGenerator;
import carma.optimization.heuristic.MaxMinFairHeuristicAssociation;
import carma.optimization.instance.FairMeshInstance;
import carma.optimization.instance.RoutingMode;
import carma.optimization.milp.MaxMinFairMilpAssociation;
import carma.optimization.milp.MilpOptions;
import carma.optimization.milp.MilpSolverBackend;
import carma.optimization.solution.FairMeshResult;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * Whole-run harness: exact time to optimality versus size (multi-path and single-path), one seeded
 * instance per size, next to the heuristic. Arguments: [timeLimitSeconds=60] [solver=scip] [seed=1].
 * Prints one table row per run; times include the model build and the heuristic warm start. Wall
 * time and the calling thread's CPU time (SCIP, CBC and the heuristic run on that thread) are both
 * printed, because the benchmark machine is shared.
 */
public final class ExactScaling {
    private static final int[][] SIZES = {{20, 9}, {40, 16}, {60, 16}, {100, 25}, {200, 36}, {400, 49}};

    private ExactScaling() {}

    public static void main(String[] args) {
        long limitS = args.length > 0 ? Long.parseLong(args[0]) : 60;
        MilpSolverBackend backend = MilpSolverBackend.fromName(args.length > 1 ? args[1] : "scip");
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        MilpOptions options = MilpOptions.defaults().withBackend(backend).withTimeLimitMs(limitS * 1000);
        System.out.printf(Locale.ROOT, "%-6s %-5s %-12s %-11s %9s %9s %9s %9s %12s %12s %9s%n", "users", "MAPs",
                "routing", "status", "exact ms", "exact cpu", "heur. ms", "heur. cpu", "exact Mbit/s", "heur. Mbit/s",
                "gap %");
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (RoutingMode routing : RoutingMode.values()) {
            for (int[] size : SIZES) {
                FairMeshInstance inst = RandomInstanceGenerator.explicit(
                        GeneratorSpec.defaults(size[0], size[1], size[1] >= 25 ? 4 : 2).withRouting(routing), seed);
                long cpu0 = threads.getCurrentThreadCpuTime();
                FairMeshResult heuristic = new MaxMinFairHeuristicAssociation().solve(inst);
                long cpu1 = threads.getCurrentThreadCpuTime();
                FairMeshResult exact = new MaxMinFairMilpAssociation(options).solve(inst);
                long cpu2 = threads.getCurrentThreadCpuTime();
                System.out.printf(Locale.ROOT, "%-6d %-5d %-12s %-11s %9d %9d %9d %9d %12.4f %12.4f %9s%n", size[0],
                        size[1], routing.jsonName(), exact.status(), exact.solveTimeMs(), (cpu2 - cpu1) / 1_000_000,
                        heuristic.solveTimeMs(), (cpu1 - cpu0) / 1_000_000,
                        exact.minRateBps() / 1e6, heuristic.minRateBps() / 1e6,
                        exact.gap() == null ? "-" : String.format(Locale.ROOT, "%.3f", 100 * exact.gap()));
            }
        }
    }
}
