package carma.traffic;

/** Receives generated packets (interim copy of the traffic module's API). */
@FunctionalInterface
public interface PacketSink {
    void onPacket(long arrivalNs, int sizeBits);
}
