package carma.olsr;

import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/** Compares two routing tables and reports each changed entry as a {@link RouteChange}. */
final class RouteChanges {

    private RouteChanges() {
    }

    /** Walks both tables in destination order at once (they are sorted maps): linear, no look-ups. */
    static void report(RoutingTable before, RoutingTable after, long nowNs, RouteChangeListener listener) {
        if (listener == RouteChangeListener.NONE) {
            return;
        }
        Iterator<Map.Entry<Ipv4Prefix, Route>> oldIt = before.routes().entrySet().iterator();
        Iterator<Map.Entry<Ipv4Prefix, Route>> newIt = after.routes().entrySet().iterator();
        Map.Entry<Ipv4Prefix, Route> oe = oldIt.hasNext() ? oldIt.next() : null;
        Map.Entry<Ipv4Prefix, Route> ne = newIt.hasNext() ? newIt.next() : null;
        while (oe != null || ne != null) {
            int c = oe == null ? 1 : ne == null ? -1 : oe.getKey().compareTo(ne.getKey());
            Route o = c <= 0 ? oe.getValue() : null;
            Route n = c >= 0 ? ne.getValue() : null;
            Ipv4Prefix p = c <= 0 ? oe.getKey() : ne.getKey();
            if (c <= 0) {
                oe = oldIt.hasNext() ? oldIt.next() : null;
            }
            if (c >= 0) {
                ne = newIt.hasNext() ? newIt.next() : null;
            }
            if (o != null && o.equals(n)) {
                continue;
            }
            Optional<NodeAddress> oldHop = o == null ? Optional.empty() : Optional.of(o.nextHop());
            Optional<NodeAddress> newHop = n == null ? Optional.empty() : Optional.of(n.nextHop());
            double oldEtx = o == null ? Double.POSITIVE_INFINITY : o.etx();
            double newEtx = n == null ? Double.POSITIVE_INFINITY : n.etx();
            boolean gatewayChanged = o != null && n != null && !o.gateway().equals(n.gateway());
            if (oldHop.equals(newHop) && Double.compare(oldEtx, newEtx) == 0 && !gatewayChanged) {
                continue; // only the hop count changed
            }
            listener.onRouteChange(new RouteChange(nowNs, before.node(), p, oldHop, newHop, oldEtx, newEtx));
        }
    }
}
