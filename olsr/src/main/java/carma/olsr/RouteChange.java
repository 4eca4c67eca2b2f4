package carma.olsr;

import java.util.Optional;

/**
 * A change of one routing table entry at one node (a trace record): next hop or ETX changed, or for
 * an HNA network the gateway changed (then next hop and ETX may be equal; the routing table tells
 * the new gateway). An absent next hop means no route; its ETX is then
 * {@link Double#POSITIVE_INFINITY}.
 */
public record RouteChange(long timeNs, NodeAddress node, Ipv4Prefix destination,
                          Optional<NodeAddress> oldNextHop, Optional<NodeAddress> newNextHop,
                          double oldEtx, double newEtx) {

    /** True if the next hop changed (a route appeared, disappeared or moved), not just its cost. */
    public boolean nextHopChanged() {
        return !oldNextHop.equals(newNextHop);
    }
}
