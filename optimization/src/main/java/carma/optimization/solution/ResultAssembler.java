package carma.optimization.solution;

import carma.optimization.instance.IndexedInstance;
import java.util.ArrayList;
import java.util.List;

/** Turns an index-form {@link Allocation} into the id-based {@link FairMeshResult}. */
public final class ResultAssembler {
    /** Flows below this are reported as absent (solver noise). */
    private static final double FLOW_EPS_BPS = 1e-3;

    private ResultAssembler() {}

    public static FairMeshResult assemble(IndexedInstance net, String method, String solver, SolveStatus status,
            Double bestBoundBps, Double gap, long solveTimeMs, Allocation allocation) {
        List<UserRate> users = new ArrayList<>();
        for (int u = 0; u < net.userCount(); u++) {
            users.add(new UserRate(net.userId(u), net.mapId(allocation.mapOfUser()[u]), allocation.rateBps()[u]));
        }
        List<LinkFlow> links = new ArrayList<>();
        for (int e = 0; e < net.linkCount(); e++) {
            if (allocation.linkFlowBps()[e] > FLOW_EPS_BPS) {
                links.add(new LinkFlow(net.mapId(net.linkFrom(e)), net.mapId(net.linkTo(e)),
                        allocation.linkFlowBps()[e]));
            }
        }
        List<GatewayFlow> gateways = new ArrayList<>();
        for (int m = 0; m < net.mapCount(); m++) {
            if (net.isGateway(m)) {
                gateways.add(new GatewayFlow(net.mapId(m), allocation.gatewayFlowBps()[m]));
            }
        }
        return new FairMeshResult(method, solver, status, allocation.minRateBps(), bestBoundBps, gap, solveTimeMs,
                users, links, gateways, BottleneckLocator.locate(net, allocation));
    }

    /** A result without a solution (e.g. INFEASIBLE, or a time limit before any incumbent). */
    public static FairMeshResult empty(String method, String solver, SolveStatus status, Double bestBoundBps,
            long solveTimeMs) {
        return new FairMeshResult(method, solver, status, 0.0, bestBoundBps, null, solveTimeMs, List.of(), List.of(),
                List.of(), "none");
    }
}
