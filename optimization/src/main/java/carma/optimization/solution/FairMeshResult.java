package carma.optimization.solution;

import java.util.List;

/**
 * What every method returns (the result JSON of issue 4).
 *
 * @param solver the MILP solver used ("SCIP", "CBC", "HIGHS"), or null for heuristic methods
 * @param minRateBps the minimum user rate t of the solution (0 when there is none)
 * @param bestBoundBps the best proven upper bound on t, or null when the method proves none
 * @param gap (bound − t) / t, or null without bound (infinite gaps are written as null too)
 * @param users per-user association and rate d_u, in instance order (empty when there is no solution)
 * @param linkFlows flows on mesh links with positive flow, in instance order
 * @param gatewayFlows uplink flows of every gateway, in instance order
 * @param bottleneck the saturated resource that limits the minimum user, e.g. "access m1",
 *     "collision-domain m2->m1", "gateway m1", or "none"
 */
public record FairMeshResult(String method, String solver, SolveStatus status, double minRateBps,
        Double bestBoundBps, Double gap, long solveTimeMs, List<UserRate> users, List<LinkFlow> linkFlows,
        List<GatewayFlow> gatewayFlows, String bottleneck) {
    public FairMeshResult {
        users = List.copyOf(users);
        linkFlows = List.copyOf(linkFlows);
        gatewayFlows = List.copyOf(gatewayFlows);
    }

    public boolean hasSolution() {
        return !users.isEmpty();
    }

    /** Number of users whose rate is at least the threshold (the paper's metric with 1 Mbit/s). */
    public long usersAtLeast(double thresholdBps) {
        return users.stream().filter(u -> u.rateBps() >= thresholdBps * (1 - 1e-9)).count();
    }

    public FairMeshResult withBottleneck(String newBottleneck) {
        return new FairMeshResult(method, solver, status, minRateBps, bestBoundBps, gap, solveTimeMs, users,
                linkFlows, gatewayFlows, newBottleneck);
    }
}
