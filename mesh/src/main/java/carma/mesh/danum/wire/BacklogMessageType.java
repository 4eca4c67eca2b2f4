package carma.mesh.danum.wire;

import carma.olsr.wire.MalformedPacketException;
import carma.olsr.wire.PrivateMessageType;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * DANUM_Q as an OLSR private message type (reconstructed, olsr.md §6): sent with TTL 1 to the
 * 1-hop neighbours, so the default forwarding algorithm never relays it.
 *
 * @param messageType the message-type octet, 128..255 ({@link #DEFAULT_MESSAGE_TYPE} by default)
 */
public record BacklogMessageType(int messageType) implements PrivateMessageType<BacklogAdvertisement> {

    /** Default type of the DANUM 1-hop backlog advertisement (reconstructed; private range 128-255). */
    public static final int DEFAULT_MESSAGE_TYPE = 150;

    public BacklogMessageType {
        PrivateMessageType.checkPrivateNumber(messageType);
    }

    /** The type under {@link #DEFAULT_MESSAGE_TYPE}. */
    public static BacklogMessageType standard() {
        return new BacklogMessageType(DEFAULT_MESSAGE_TYPE);
    }

    @Override
    public int bodyLength(BacklogAdvertisement body) {
        return body.bodyLength();
    }

    @Override
    public void writeBody(BacklogAdvertisement body, ByteBuffer out) {
        out.putShort((short) body.advertisementSequence());
        out.put((byte) body.entries().size());
        out.put((byte) body.flags());
        for (BacklogEntry e : body.entries()) {
            out.putInt(e.flowId());
            out.putShort((short) e.queuePackets());
            out.putShort((short) e.betaQ8());
        }
    }

    @Override
    public BacklogAdvertisement readBody(ByteBuffer body) throws MalformedPacketException {
        int n = body.remaining();
        if (n < 4 || (n - 4) % BacklogEntry.SIZE != 0) {
            throw new MalformedPacketException("body of " + n + " bytes is not 4 + a multiple of " + BacklogEntry.SIZE);
        }
        int seq = Short.toUnsignedInt(body.getShort());
        int count = Byte.toUnsignedInt(body.get());
        int flags = Byte.toUnsignedInt(body.get());
        if (count * BacklogEntry.SIZE != body.remaining()) {
            throw new MalformedPacketException("DANUM count says " + count + " entries but "
                    + body.remaining() + " bytes of entries follow");
        }
        List<BacklogEntry> entries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int flow = body.getInt();
            int q = Short.toUnsignedInt(body.getShort());
            int beta = Short.toUnsignedInt(body.getShort());
            entries.add(new BacklogEntry(flow, q, beta));
        }
        return new BacklogAdvertisement(seq, flags, entries);
    }
}
