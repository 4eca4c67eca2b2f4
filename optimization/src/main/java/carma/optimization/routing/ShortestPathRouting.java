package carma.optimization.routing;

import carma.kernel.graph.PathSearch;
import carma.optimization.instance.IndexedInstance;

/**
 * Minimum-cost routing towards the nearest gateway (Dijkstra from all gateways over reversed
 * links, {@link PathSearch#shortest}): minimum hop count, or minimum ETT with the loss-free ETT of a
 * link = 1 / c_e. Ties: equal cost settles the lower MAP index first; the first link found keeps
 * the route.
 */
public final class ShortestPathRouting {
    /** The link cost to minimise. */
    public enum Metric {
        HOP_COUNT,
        ETT
    }

    private ShortestPathRouting() {}

    public static ForwardingTree route(IndexedInstance net, Metric metric) {
        double[] cost = new double[net.linkCount()];
        for (int e = 0; e < cost.length; e++) {
            cost[e] = metric == Metric.HOP_COUNT ? 1.0 : 1e6 / net.linkRateBps(e);
        }
        return new ForwardingTree(PathSearch.shortest(net.towardsGateways(), cost, net.gateways()).predecessorArc());
    }
}
