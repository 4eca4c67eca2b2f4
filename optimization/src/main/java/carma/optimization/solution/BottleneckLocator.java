package carma.optimization.solution;

import carma.optimization.instance.IndexedInstance;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Names the resource that limits the minimum user: among the resources the flow of the (first)
 * minimum-rate user can touch (its access channel, the collision domains of positive-flow links
 * downstream of its MAP, the gateways downstream), the one with the highest utilisation.
 */
public final class BottleneckLocator {
    private static final double FLOW_EPS_BPS = 1e-3;

    private BottleneckLocator() {}

    public static String locate(IndexedInstance net, Allocation allocation) {
        int minUser = -1;
        for (int u = 0; u < allocation.rateBps().length; u++) {
            if (minUser < 0 || allocation.rateBps()[u] < allocation.rateBps()[minUser]) {
                minUser = u;
            }
        }
        if (minUser < 0) {
            return "none";
        }
        int start = allocation.mapOfUser()[minUser];
        String best = "access " + net.mapId(start);
        double bestUse = accessUse(net, allocation, start);
        boolean[] seen = new boolean[net.mapCount()];
        Deque<Integer> queue = new ArrayDeque<>();
        queue.add(start);
        seen[start] = true;
        while (!queue.isEmpty()) {
            int m = queue.poll();
            if (net.isGateway(m) && allocation.gatewayFlowBps()[m] > FLOW_EPS_BPS) {
                double use = allocation.gatewayFlowBps()[m] / net.uplinkBps(m);
                if (use > bestUse + 1e-9) {
                    bestUse = use;
                    best = "gateway " + net.mapId(m);
                }
            }
            for (int e : net.outLinks(m)) {
                if (allocation.linkFlowBps()[e] <= FLOW_EPS_BPS) {
                    continue;
                }
                for (int owner : net.domainsContaining(e)) {
                    double use = domainUse(net, allocation, owner);
                    if (use > bestUse + 1e-9) {
                        bestUse = use;
                        best = "collision-domain " + net.linkName(owner);
                    }
                }
                if (!seen[net.linkTo(e)]) {
                    seen[net.linkTo(e)] = true;
                    queue.add(net.linkTo(e));
                }
            }
        }
        return best;
    }

    static double accessUse(IndexedInstance net, Allocation allocation, int m) {
        double airtime = 0;
        for (int u = 0; u < allocation.mapOfUser().length; u++) {
            if (allocation.mapOfUser()[u] == m) {
                airtime += allocation.rateBps()[u] / net.accessRateBps(u, m);
            }
        }
        return airtime / net.airtimeCapacity();
    }

    static double domainUse(IndexedInstance net, Allocation allocation, int owner) {
        double airtime = 0;
        for (int e : net.domain(owner)) {
            airtime += allocation.linkFlowBps()[e] / net.linkRateBps(e);
        }
        return airtime / net.airtimeCapacity();
    }
}
