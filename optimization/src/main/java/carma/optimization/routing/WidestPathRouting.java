package carma.optimization.routing;

import carma.optimization.instance.IndexedInstance;
import java.util.Arrays;
import java.util.PriorityQueue;

/**
 * Bottleneck (widest) path routing (Hu 1961; Kaibel &amp; Peinhardt 2006): a multi-source search from
 * all gateways over reversed links, keyed by the largest achievable minimum link weight, ties
 * broken by fewer hops and then by MAP index. O(|E| log |M|).
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
        int n = net.mapCount();
        double[] width = new double[n];
        int[] hops = new int[n];
        int[] next = new int[n];
        boolean[] done = new boolean[n];
        Arrays.fill(width, -1.0);
        Arrays.fill(next, -1);
        PriorityQueue<double[]> queue = new PriorityQueue<>((a, b) -> a[0] != b[0] ? Double.compare(b[0], a[0])
                : a[1] != b[1] ? Double.compare(a[1], b[1]) : Double.compare(a[2], b[2]));
        for (int m = 0; m < n; m++) {
            if (net.isGateway(m)) {
                width[m] = Double.POSITIVE_INFINITY;
                queue.add(new double[] {width[m], 0, m});
            }
        }
        while (!queue.isEmpty()) {
            int b = (int) queue.poll()[2];
            if (done[b]) {
                continue;
            }
            done[b] = true;
            for (int e : net.inLinks(b)) {
                int a = net.linkFrom(e);
                if (done[a] || net.isGateway(a)) {
                    continue;
                }
                double w = Math.min(width[b], linkWeight[e]);
                if (w > width[a] || (w == width[a] && hops[b] + 1 < hops[a])) {
                    width[a] = w;
                    hops[a] = hops[b] + 1;
                    next[a] = e;
                    queue.add(new double[] {w, hops[a], a});
                }
            }
        }
        return new ForwardingTree(next);
    }
}
