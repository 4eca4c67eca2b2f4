package carma.mesh.mac;

/** Upcalls of the medium into the network layer of each node. */
public interface MacListener {
    /** {@code node} decoded {@code frame} (unicast to it, or a broadcast it overheard). */
    void onFrameReceived(int node, Frame frame, long nowNs);

    /**
     * The medium is done with {@code frame}: acknowledged (always true for broadcast), or dropped
     * after the retry limit.
     */
    void onTransmitDone(int node, Frame frame, boolean delivered, int attempts, long nowNs);

    /** The driver queue of {@code node} has room again. */
    void onMacReady(int node, long nowNs);
}
