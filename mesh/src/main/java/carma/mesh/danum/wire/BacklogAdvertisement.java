package carma.mesh.danum.wire;

import carma.olsr.wire.MessageHeader;
import java.util.List;

/**
 * The body of DANUM_Q, the 1-hop backlog advertisement for the backpressure scheduler, carried
 * as an OLSR private message ({@link BacklogMessageType}). Reconstructed (no published format;
 * olsr.md §6): {@code seq(16) | count(8) | flags(8) | {flowId(32) | Q_pkts(16) | beta(16, 8.8)}*}.
 */
public record BacklogAdvertisement(int advertisementSequence, int flags, List<BacklogEntry> entries) {

    /** The count field is 8 bits. */
    public static final int MAX_ENTRIES = 255;

    public BacklogAdvertisement {
        MessageHeader.checkRange("advertisement sequence", advertisementSequence, 0xFFFF);
        MessageHeader.checkRange("flags", flags, 0xFF);
        entries = List.copyOf(entries);
        if (entries.size() > MAX_ENTRIES) {
            throw new IllegalArgumentException("at most " + MAX_ENTRIES + " backlog entries, got " + entries.size());
        }
    }

    /** Length of the encoded body. */
    public int bodyLength() {
        return 4 + BacklogEntry.SIZE * entries.size();
    }
}
