package carma.mesh.olsr;

import java.util.Optional;
import java.util.TreeSet;

/** Compares two routing tables and reports each changed entry as a {@link RouteChange}. */
final class RouteChanges {

    private RouteChanges() {
    }

    static void report(RoutingTable before, RoutingTable after, long nowNs, RouteChangeListener listener) {
        TreeSet<Ipv4Prefix> keys = new TreeSet<>(before.routes().keySet());
        keys.addAll(after.routes().keySet());
        for (Ipv4Prefix p : keys) {
            Route o = before.routes().get(p);
            Route n = after.routes().get(p);
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
