package carma.corenet.network;

/** Packet identifiers of one run, in creation order (one instance per core, never static). */
public final class PacketIds {
    private long next;

    public long next() {
        return next++;
    }
}
