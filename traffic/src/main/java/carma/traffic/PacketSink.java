package carma.traffic;

/**
 * Receives the packets a {@link PacketSource} generates, one call per packet, in time order.
 * Implementations on the hot path must not allocate (the RAN emulator appends to a primitive
 * buffer).
 */
@FunctionalInterface
public interface PacketSink {
    /**
     * @param arrivalNs the packet's arrival time at the transmit buffer, ns of simulated time
     * @param sizeBits the packet's size in bits (positive)
     */
    void onPacket(long arrivalNs, int sizeBits);
}
