package carma.olsr.logic;

import carma.olsr.Ipv4Prefix;
import carma.olsr.NodeAddress;
import carma.olsr.Route;
import carma.olsr.RoutingTable;
import carma.olsr.state.AssociationSet;
import carma.olsr.state.InformationBases;
import carma.olsr.state.LinkTuple;
import carma.olsr.state.MidSet;
import carma.olsr.state.TwoHopSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Routing table calculation (RFC 3626 §10 with olsrd's ETX metric): Dijkstra over own links, 2-hop
 * links and topology edges; host routes for every reachable node and its MID aliases; HNA routes via
 * the gateway with the lowest path cost (ties: fewer hops, then lower address).
 */
public final class RouteComputation {

    private RouteComputation() {
    }

    /** The cost of a link of this node: ETX of the published LQ/NLQ, or 1 without link quality. */
    public static double linkCost(LinkTuple link, boolean linkQuality) {
        return linkQuality ? link.estimator().etx() : 1.0;
    }

    /**
     * @param requireInverseTcEdges use a TC edge only if its reverse is known (olsrd's SPF); sound
     *                              only when every node advertises all its links (TC_REDUNDANCY 2)
     */
    public static RoutingTable compute(InformationBases b, boolean linkQuality, boolean requireInverseTcEdges,
                                       Collection<Ipv4Prefix> localHna, long nowNs) {
        return computeWithPaths(b, linkQuality, requireInverseTcEdges, localHna, nowNs).table();
    }

    /** A routing table with the shortest-path tree it was built from. */
    public record Result(RoutingTable table, SortedMap<NodeAddress, ShortestPaths.Path> paths) {
    }

    /** As {@link #compute}, also returning the shortest-path tree. */
    public static Result computeWithPaths(InformationBases b, boolean linkQuality, boolean requireInverseTcEdges,
                                          Collection<Ipv4Prefix> localHna, long nowNs) {
        NodeAddress self = b.self();
        LinkStateGraph graph = new LinkStateGraph(b.topology().size() + b.twoHop().size() + b.links().all().size());
        Map<NodeAddress, LinkTuple> bestLink = new HashMap<>();
        for (LinkTuple l : b.links().all()) {
            if (!l.isSymmetric(nowNs)) {
                continue;
            }
            NodeAddress main = b.mid().mainAddress(l.neighborInterface());
            double cost = linkCost(l, linkQuality);
            graph.addEdge(self, main, cost, false);
            LinkTuple old = bestLink.get(main);
            if (Double.isFinite(cost) && (old == null || cost < linkCost(old, linkQuality))) {
                bestLink.put(main, l);
            }
        }
        for (TwoHopSet.TwoHopTuple t : b.twoHop().all()) {
            if (b.neighbors().isSymmetric(t.neighbor()) && !t.twoHop().equals(self)) {
                graph.addEdge(t.neighbor(), t.twoHop(), t.cost(), false);
            }
        }
        b.topology().forEach(t -> graph.addEdge(t.lastHop(), t.destination(), t.cost(), requireInverseTcEdges));
        SortedMap<NodeAddress, ShortestPaths.Path> paths = ShortestPaths.from(self, graph);
        TreeMap<Ipv4Prefix, Route> routes = new TreeMap<>();
        paths.forEach((dest, p) -> {
            NodeAddress nextHop = bestLink.get(p.firstHop()).neighborInterface();
            routes.put(Ipv4Prefix.host(dest), new Route(Ipv4Prefix.host(dest), nextHop, p.hops(), p.cost(), dest));
        });
        addAliasRoutes(b.mid(), self, routes);
        addHnaRoutes(b.associations(), localHna, routes);
        return new Result(new RoutingTable(self, routes), paths);
    }

    static void addAliasRoutes(MidSet mid, NodeAddress self, TreeMap<Ipv4Prefix, Route> routes) {
        mid.all().forEach((alias, a) -> {
            Route viaMain = routes.get(Ipv4Prefix.host(a.mainAddress()));
            Ipv4Prefix key = Ipv4Prefix.host(alias);
            if (viaMain != null && !alias.equals(self) && !routes.containsKey(key)) {
                routes.put(key, new Route(key, viaMain.nextHop(), viaMain.hopCount(), viaMain.etx(), a.mainAddress()));
            }
        });
    }

    static void addHnaRoutes(AssociationSet associations, Collection<Ipv4Prefix> localHna,
                                     TreeMap<Ipv4Prefix, Route> routes) {
        Map<Ipv4Prefix, Route> best = new TreeMap<>();
        for (AssociationSet.Association a : associations.all()) {
            Route toGateway = routes.get(Ipv4Prefix.host(a.gateway()));
            if (toGateway == null || localHna.contains(a.network()) || routes.containsKey(a.network())) {
                continue;
            }
            Route cand = new Route(a.network(), toGateway.nextHop(), toGateway.hopCount(), toGateway.etx(), a.gateway());
            Route old = best.get(a.network());
            if (old == null || better(cand, old)) {
                best.put(a.network(), cand);
            }
        }
        routes.putAll(best);
    }

    private static boolean better(Route a, Route b) {
        int c = Double.compare(a.etx(), b.etx());
        if (c != 0) {
            return c < 0;
        }
        if (a.hopCount() != b.hopCount()) {
            return a.hopCount() < b.hopCount();
        }
        return a.gateway().compareTo(b.gateway()) < 0;
    }
}
