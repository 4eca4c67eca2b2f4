package carma.optimization.routing;

import carma.optimization.instance.IndexedInstance;
import java.util.Arrays;
import java.util.PriorityQueue;

/**
 * Minimum-cost routing towards the nearest gateway (Dijkstra from all gateways over reversed
 * links): minimum hop count, or minimum ETT with the loss-free ETT of a link = 1 / c_e.
 */
public final class ShortestPathRouting {
    /** The link cost to minimise. */
    public enum Metric {
        HOP_COUNT,
        ETT
    }

    private ShortestPathRouting() {}

    public static ForwardingTree route(IndexedInstance net, Metric metric) {
        int n = net.mapCount();
        double[] cost = new double[n];
        int[] next = new int[n];
        boolean[] done = new boolean[n];
        Arrays.fill(cost, Double.POSITIVE_INFINITY);
        Arrays.fill(next, -1);
        PriorityQueue<double[]> queue = new PriorityQueue<>(
                (a, b) -> a[0] != b[0] ? Double.compare(a[0], b[0]) : Double.compare(a[1], b[1]));
        for (int m = 0; m < n; m++) {
            if (net.isGateway(m)) {
                cost[m] = 0;
                queue.add(new double[] {0, m});
            }
        }
        while (!queue.isEmpty()) {
            int b = (int) queue.poll()[1];
            if (done[b]) {
                continue;
            }
            done[b] = true;
            for (int e : net.inLinks(b)) {
                int a = net.linkFrom(e);
                if (done[a] || net.isGateway(a)) {
                    continue;
                }
                double c = cost[b] + (metric == Metric.HOP_COUNT ? 1.0 : 1e6 / net.linkRateBps(e));
                if (c < cost[a]) {
                    cost[a] = c;
                    next[a] = e;
                    queue.add(new double[] {c, a});
                }
            }
        }
        return new ForwardingTree(next);
    }
}
