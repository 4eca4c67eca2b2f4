package carma.mesh.olsr.logic;

import carma.mesh.olsr.NodeAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The directed graph the route calculation runs on: this node's links, the 2-hop links from HELLOs
 * and the topology edges from TCs, each with its cost. Topology edges may be marked as requiring the
 * inverse edge, as olsrd's SPF ignores "dead-end" TC edges whose reverse is unknown
 * ({@code olsr_spf.c}).
 */
public final class LinkStateGraph {

    /** One directed edge. */
    public record Edge(NodeAddress to, double cost, boolean needsInverse) {
    }

    private final Map<NodeAddress, Map<NodeAddress, Edge>> out = new TreeMap<>();

    /** Adds an edge; keeps the cheaper one if it exists. Infinite or NaN costs are ignored. */
    public void addEdge(NodeAddress from, NodeAddress to, double cost, boolean needsInverse) {
        if (!Double.isFinite(cost) || from.equals(to)) {
            return;
        }
        Map<NodeAddress, Edge> m = out.computeIfAbsent(from, k -> new TreeMap<>());
        Edge old = m.get(to);
        if (old == null || cost < old.cost()) {
            m.put(to, new Edge(to, cost, needsInverse && (old == null || old.needsInverse())));
        } else if (!needsInverse && old.needsInverse()) {
            m.put(to, new Edge(to, old.cost(), false));
        }
    }

    public boolean hasEdge(NodeAddress from, NodeAddress to) {
        Map<NodeAddress, Edge> m = out.get(from);
        return m != null && m.containsKey(to);
    }

    /** Usable outgoing edges: those not requiring an inverse, or whose inverse exists. */
    public List<Edge> usableEdges(NodeAddress from) {
        Map<NodeAddress, Edge> m = out.get(from);
        if (m == null) {
            return Collections.emptyList();
        }
        List<Edge> edges = new ArrayList<>(m.size());
        for (Edge e : m.values()) {
            if (!e.needsInverse() || hasEdge(e.to(), from)) {
                edges.add(e);
            }
        }
        return edges;
    }
}
