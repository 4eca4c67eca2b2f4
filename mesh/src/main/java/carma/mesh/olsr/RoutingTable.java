package carma.mesh.olsr;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/** An immutable snapshot of one node's routing table, ordered by destination. */
public record RoutingTable(NodeAddress node, SortedMap<Ipv4Prefix, Route> routes) {

    public RoutingTable {
        routes = Collections.unmodifiableSortedMap(new TreeMap<>(routes));
    }

    public static RoutingTable empty(NodeAddress node) {
        return new RoutingTable(node, new TreeMap<>());
    }

    /** The route for exactly this prefix, if any. */
    public Optional<Route> route(Ipv4Prefix destination) {
        return Optional.ofNullable(routes.get(destination));
    }

    /** The host route to a node, if any. */
    public Optional<Route> hostRoute(NodeAddress destination) {
        return route(Ipv4Prefix.host(destination));
    }

    /** The default route (HNA 0.0.0.0/0 via the best gateway), if any. */
    public Optional<Route> defaultRoute() {
        return route(Ipv4Prefix.DEFAULT_ROUTE);
    }

    /** Longest-prefix match for a destination address. */
    public Optional<Route> lookup(NodeAddress destination) {
        Route best = null;
        for (Map.Entry<Ipv4Prefix, Route> e : routes.entrySet()) {
            if (e.getKey().contains(destination)
                    && (best == null || e.getKey().prefixLength() > best.destination().prefixLength())) {
                best = e.getValue();
            }
        }
        return Optional.ofNullable(best);
    }

    public List<Route> list() {
        return List.copyOf(routes.values());
    }
}
