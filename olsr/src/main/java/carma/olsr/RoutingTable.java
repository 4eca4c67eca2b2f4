package carma.olsr;

import java.util.Collections;
import java.util.List;
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

    /** Longest-prefix match for a destination address: at most 33 map look-ups, host route first. */
    public Optional<Route> lookup(NodeAddress destination) {
        for (int length = 32; length >= 0; length--) {
            int mask = length == 0 ? 0 : -1 << (32 - length);
            Route r = routes.get(new Ipv4Prefix(new NodeAddress(destination.value() & mask), new NodeAddress(mask)));
            if (r != null) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    public List<Route> list() {
        return List.copyOf(routes.values());
    }
}
