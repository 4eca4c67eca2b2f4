package carma.ran.emulator;

/**
 * Receives the emulator's verdict on each packet of the user under test (AROMA's forward/discard
 * messages to the traffic switch): forwarded at a given simulated time, or discarded.
 */
public interface PacketOutcomeListener {
    void forwarded(long packetId, long atNs, long delayNs);

    void discarded(long packetId, long atNs, DiscardReason reason);

    /** The user under test is now served by {@code cell} of RAN {@code ran} (−1 when not connected). */
    default void attached(long atNs, int ran, int cell) {}

    PacketOutcomeListener NONE = new PacketOutcomeListener() {
        @Override
        public void forwarded(long packetId, long atNs, long delayNs) {}

        @Override
        public void discarded(long packetId, long atNs, DiscardReason reason) {}
    };
}
