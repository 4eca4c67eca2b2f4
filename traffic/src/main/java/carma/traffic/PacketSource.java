package carma.traffic;

/** A packet-level source (interim copy of the traffic module's API). */
@FunctionalInterface
public interface PacketSource {
    /** Emits, allocation-free, the packets arriving in [fromNs, toNs). */
    void generate(long fromNs, long toNs, PacketSink sink);
}
