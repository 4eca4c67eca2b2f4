package carma.olsr.wire;

import java.nio.ByteBuffer;
import java.util.List;

/**
 * DANUM_Q, the 1-hop backlog advertisement for the backpressure scheduler. Reconstructed (no
 * published format; olsr.md §6): a private message type (128-255, configurable, TTL 1) with body
 * {@code seq(16) | count(8) | flags(8) | {flowId(32) | Q_pkts(16) | beta(16, 8.8)}*}.
 */
public record DanumBacklogMessage(MessageHeader header, int advertisementSequence, int flags,
                                  List<BacklogEntry> entries) implements OlsrMessage {

    /** The count field is 8 bits. */
    public static final int MAX_ENTRIES = 255;

    public DanumBacklogMessage {
        MessageHeader.checkRange("advertisement sequence", advertisementSequence, 0xFFFF);
        MessageHeader.checkRange("flags", flags, 0xFF);
        entries = List.copyOf(entries);
        if (entries.size() > MAX_ENTRIES) {
            throw new IllegalArgumentException("at most " + MAX_ENTRIES + " backlog entries, got " + entries.size());
        }
        if (header.type() < 128) {
            throw new IllegalArgumentException("DANUM message type must be in the private range 128..255: "
                    + header.type());
        }
    }

    @Override
    public int bodyLength() {
        return 4 + BacklogEntry.SIZE * entries.size();
    }

    @Override
    public void writeBody(ByteBuffer out) {
        out.putShort((short) advertisementSequence);
        out.put((byte) entries.size());
        out.put((byte) flags);
        for (BacklogEntry e : entries) {
            out.putInt(e.flowId());
            out.putShort((short) e.queuePackets());
            out.putShort((short) e.betaQ8());
        }
    }

    @Override
    public DanumBacklogMessage withHeader(MessageHeader newHeader) {
        return new DanumBacklogMessage(newHeader, advertisementSequence, flags, entries);
    }
}
