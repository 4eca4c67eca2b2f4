package carma.mesh.net;

/**
 * Observes packet fates for accounting (Denarii settlement) and statistics. Calls happen on the
 * simulation thread in event order.
 */
public interface PacketObserver {
    /** {@code node} handed {@code packet} to the link toward {@code nextHop}, earning {@code creditMinor}. */
    default void onHop(Packet packet, int node, int nextHop, long creditMinor, long nowNs) {}

    /** {@code packet} left the mesh or entered it through the Internet-sharing gateway {@code gateway}. */
    default void onGatewayCrossing(Packet packet, int gateway, long nowNs) {}

    default void onDelivered(Packet packet, long nowNs) {}

    default void onDropped(Packet packet, int node, DropReason reason, long nowNs) {}
}
