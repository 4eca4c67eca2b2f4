package carma.mesh.net;

/** An application or transport endpoint receiving the packets of one flow at its destination. */
@FunctionalInterface
public interface Endpoint {
    void onPacket(Packet packet, long nowNs);
}
