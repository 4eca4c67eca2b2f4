package carma.mesh.olsr.logic;

import carma.mesh.olsr.NodeAddress;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Dijkstra on summed link costs from one source (olsrd {@code olsr_spf.c}; with unit costs it is the
 * hop-count route calculation of RFC 3626 §10). Among equal-cost paths the one with fewer hops wins;
 * remaining ties are settled deterministically by address order of the search.
 */
public final class ShortestPaths {

    /** The best path to one destination: first hop (a 1-hop neighbour), total cost and hop count. */
    public record Path(NodeAddress firstHop, double cost, int hops) {
    }

    private record Label(NodeAddress node, double cost, int hops, NodeAddress firstHop) {
    }

    private ShortestPaths() {
    }

    /** Best paths from {@code source} to every reachable node other than the source. */
    public static SortedMap<NodeAddress, Path> from(NodeAddress source, LinkStateGraph graph) {
        Map<NodeAddress, Label> best = new HashMap<>();
        PriorityQueue<Label> queue = new PriorityQueue<>((a, b) -> {
            int c = Double.compare(a.cost(), b.cost());
            if (c != 0) {
                return c;
            }
            c = Integer.compare(a.hops(), b.hops());
            return c != 0 ? c : a.node().compareTo(b.node());
        });
        Label start = new Label(source, 0.0, 0, null);
        best.put(source, start);
        queue.add(start);
        TreeMap<NodeAddress, Path> done = new TreeMap<>();
        while (!queue.isEmpty()) {
            Label l = queue.poll();
            if (best.get(l.node()) != l) {
                continue;
            }
            if (l.firstHop() != null) {
                done.put(l.node(), new Path(l.firstHop(), l.cost(), l.hops()));
            }
            for (LinkStateGraph.Edge e : graph.usableEdges(l.node())) {
                NodeAddress first = l.firstHop() == null ? e.to() : l.firstHop();
                Label cand = new Label(e.to(), l.cost() + e.cost(), l.hops() + 1, first);
                Label old = best.get(e.to());
                if (old == null || cand.cost() < old.cost()
                        || (cand.cost() == old.cost() && cand.hops() < old.hops())) {
                    if (old == null || !done.containsKey(e.to())) {
                        best.put(e.to(), cand);
                        queue.add(cand);
                    }
                }
            }
        }
        done.remove(source);
        return Collections.unmodifiableSortedMap(done);
    }
}
