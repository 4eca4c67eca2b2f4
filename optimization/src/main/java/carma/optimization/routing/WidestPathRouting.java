package carma.optimization.routing;

import carma.kernel.graph.PathSearch;
import carma.optimization.instance.IndexedInstance;

/**
 * Bottleneck (widest) path routing (Hu 1961; Kaibel &amp; Peinhardt 2006): a multi-source search from
 * all gateways over reversed links, keyed by the largest achievable minimum link weight, ties
 * broken by fewer hops and then by MAP index ({@link PathSearch#widest}). O(|E| log |M|).
 */
public final class WidestPathRouting {
    private WidestPathRouting() {}

    /** Weight c_e / |I(e)| of fair-mesh.md §A.2 step 1. */
    public static double[] contentionWeights(IndexedInstance net) {
        double[] w = new double[net.linkCount()];
        for (int e = 0; e < w.length; e++) {
            w[e] = net.linkRateBps(e) / net.domain(e).length;
        }
        return w;
    }

    public static ForwardingTree route(IndexedInstance net, double[] linkWeight) {
        return new ForwardingTree(
                PathSearch.widest(net.towardsGateways(), linkWeight, net.gateways()).predecessorArc());
    }
}
