package carma.olsr.logic;

import carma.olsr.NodeAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The directed graph the route calculation runs on: this node's links, the 2-hop links from HELLOs
 * and the topology edges from TCs, each with its cost. Topology edges may be marked as requiring the
 * inverse edge, as olsrd's SPF ignores "dead-end" TC edges whose reverse is unknown
 * ({@code olsr_spf.c}). Nodes are numbered in insertion order and edges kept in flat arrays, so that
 * building and searching the graph allocates little.
 */
public final class LinkStateGraph {

    private final Map<NodeAddress, Integer> ids;
    private final List<NodeAddress> nodes;
    private final Map<Long, Integer> edgeOf;
    private int[] from;
    private int[] to;
    private double[] cost;
    private boolean[] needsInverse;
    private int edgeCount;
    private int[] firstOut;
    private int[] outEdges;

    /** A graph sized for about this many edges (it grows beyond if needed). */
    public LinkStateGraph(int expectedEdges) {
        int e = Math.max(16, expectedEdges);
        ids = new HashMap<>(e);
        nodes = new ArrayList<>(e / 2);
        edgeOf = new HashMap<>(2 * e);
        from = new int[e];
        to = new int[e];
        cost = new double[e];
        needsInverse = new boolean[e];
    }

    public LinkStateGraph() {
        this(64);
    }

    int id(NodeAddress a) {
        Integer id = ids.get(a);
        if (id == null) {
            id = nodes.size();
            ids.put(a, id);
            nodes.add(a);
            firstOut = null;
        }
        return id;
    }

    /** Index of a node, or -1 if the graph does not contain it. */
    int indexOf(NodeAddress a) {
        Integer id = ids.get(a);
        return id == null ? -1 : id;
    }

    NodeAddress node(int id) {
        return nodes.get(id);
    }

    int nodeCount() {
        return nodes.size();
    }

    /** A unique key per (u, v): the pair packed into 64 bits and passed through the (bijective)
     *  splitmix64 finaliser, so that {@link Long#hashCode} spreads well. */
    private static long key(int u, int v) {
        long z = ((long) u << 32) | (v & 0xFFFFFFFFL);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Adds an edge; keeps the cheaper one if it exists. Infinite or NaN costs are ignored. */
    public void addEdge(NodeAddress a, NodeAddress b, double edgeCost, boolean inverseRequired) {
        if (!Double.isFinite(edgeCost) || a.equals(b)) {
            return;
        }
        int u = id(a);
        int v = id(b);
        Integer e = edgeOf.get(key(u, v));
        if (e != null) {
            cost[e] = Math.min(cost[e], edgeCost);
            needsInverse[e] &= inverseRequired;
            return;
        }
        if (edgeCount == from.length) {
            int n = edgeCount * 2;
            from = Arrays.copyOf(from, n);
            to = Arrays.copyOf(to, n);
            cost = Arrays.copyOf(cost, n);
            needsInverse = Arrays.copyOf(needsInverse, n);
        }
        from[edgeCount] = u;
        to[edgeCount] = v;
        cost[edgeCount] = edgeCost;
        needsInverse[edgeCount] = inverseRequired;
        edgeOf.put(key(u, v), edgeCount);
        edgeCount++;
        firstOut = null;
    }

    public boolean hasEdge(NodeAddress a, NodeAddress b) {
        int u = indexOf(a);
        int v = indexOf(b);
        return u >= 0 && v >= 0 && edgeOf.containsKey(key(u, v));
    }

    private void index() {
        if (firstOut != null) {
            return;
        }
        int n = nodes.size();
        firstOut = new int[n + 1];
        for (int e = 0; e < edgeCount; e++) {
            firstOut[from[e] + 1]++;
        }
        for (int i = 0; i < n; i++) {
            firstOut[i + 1] += firstOut[i];
        }
        outEdges = new int[edgeCount];
        int[] fill = Arrays.copyOf(firstOut, n);
        for (int e = 0; e < edgeCount; e++) {
            outEdges[fill[from[e]]++] = e;
        }
    }

    /** Calls {@code visitor} for every usable edge out of node {@code u}: one that does not need an
     *  inverse, or whose inverse exists. */
    void forEachUsableEdge(int u, EdgeVisitor visitor) {
        index();
        for (int k = firstOut[u]; k < firstOut[u + 1]; k++) {
            int e = outEdges[k];
            if (!needsInverse[e] || edgeOf.containsKey(key(to[e], u))) {
                visitor.visit(to[e], cost[e]);
            }
        }
    }

    /** Receives one edge target and its cost. */
    @FunctionalInterface
    interface EdgeVisitor {
        void visit(int target, double edgeCost);
    }
}
