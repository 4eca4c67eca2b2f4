package carma.mesh.net;

/** What a scheduling policy decides for the next MAC slot of a node. */
public sealed interface Decision permits Decision.Send, Decision.Drop {
    /**
     * Hand {@code packet} to the MAC toward {@code nextHop}.
     *
     * @param creditMinor Denarii (minor units) this hop earns for the forwarder (backpressure
     *     differential); 0 under FIFO
     */
    record Send(Packet packet, int nextHop, long creditMinor) implements Decision {}

    /** Discard {@code packet} (already removed from the queues). */
    record Drop(Packet packet, DropReason reason) implements Decision {}
}
