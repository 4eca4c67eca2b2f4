package carma.olsr.logic;

import carma.olsr.NodeAddress;
import java.util.Arrays;
import java.util.Collections;
import java.util.PriorityQueue;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Dijkstra on summed link costs from one source (olsrd {@code olsr_spf.c}; with unit costs it is the
 * hop-count route calculation of RFC 3626 §10). Among equal-cost paths the one with fewer hops wins;
 * remaining ties go to the label whose node address is lower when labels are settled, which makes
 * the result independent of insertion order.
 */
public final class ShortestPaths {

    /**
     * The best path to one destination: first hop (a 1-hop neighbour), total cost, hop count and the
     * node before the destination on the path (its parent in the shortest-path tree).
     */
    public record Path(NodeAddress firstHop, double cost, int hops, NodeAddress parent) {
    }

    private record Label(int node, double cost, int hops, int firstHop, NodeAddress address) {
    }

    private ShortestPaths() {
    }

    /** Best paths from {@code source} to every reachable node other than the source. */
    public static SortedMap<NodeAddress, Path> from(NodeAddress source, LinkStateGraph graph) {
        int s = graph.id(source);
        int n = graph.nodeCount();
        double[] dist = new double[n];
        int[] hops = new int[n];
        int[] first = new int[n];
        int[] parent = new int[n];
        boolean[] done = new boolean[n];
        Arrays.fill(dist, Double.POSITIVE_INFINITY);
        PriorityQueue<Label> queue = new PriorityQueue<>((a, b) -> {
            int c = Double.compare(a.cost(), b.cost());
            if (c != 0) {
                return c;
            }
            c = Integer.compare(a.hops(), b.hops());
            return c != 0 ? c : a.address().compareTo(b.address());
        });
        dist[s] = 0;
        first[s] = -1;
        queue.add(new Label(s, 0, 0, -1, source));
        TreeMap<NodeAddress, Path> result = new TreeMap<>();
        while (!queue.isEmpty()) {
            Label l = queue.poll();
            int u = l.node();
            if (done[u] || l.cost() != dist[u] || l.hops() != hops[u] || l.firstHop() != first[u]) {
                continue;
            }
            done[u] = true;
            if (u != s) {
                result.put(graph.node(u), new Path(graph.node(first[u]), dist[u], hops[u], graph.node(parent[u])));
            }
            graph.forEachUsableEdge(u, (v, c) -> {
                double d = dist[u] + c;
                int h = hops[u] + 1;
                if (!done[v] && (d < dist[v] || (d == dist[v] && h < hops[v]))) {
                    dist[v] = d;
                    hops[v] = h;
                    first[v] = u == s ? v : first[u];
                    parent[v] = u;
                    queue.add(new Label(v, d, h, first[v], graph.node(v)));
                }
            });
        }
        return Collections.unmodifiableSortedMap(result);
    }
}
