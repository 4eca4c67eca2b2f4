package carma.olsr.wire;

import java.nio.ByteBuffer;
import java.util.List;

/**
 * LQ_TC (type 202, olsrd {@code lq_packet.c serialize_lq_tc}):
 * {@code ANSN(16) | lower border(8) | upper border(8) | {address(32) | LQ(8) | NLQ(8) | reserved(16)}*}.
 * An unfragmented LQ_TC carries borders 0xFF/0xFF, as olsrd sends it.
 */
public record LqTcMessage(MessageHeader header, int ansn, int lowerBorder, int upperBorder,
                          List<LqNeighbor> advertised) implements OlsrMessage {

    /** Border byte olsrd writes in both fields of an unfragmented LQ_TC. */
    public static final int NO_FRAGMENT_BORDER = 0xFF;

    public LqTcMessage {
        MessageHeader.checkRange("ANSN", ansn, 0xFFFF);
        MessageHeader.checkRange("lower border", lowerBorder, 0xFF);
        MessageHeader.checkRange("upper border", upperBorder, 0xFF);
        advertised = List.copyOf(advertised);
    }

    /** An unfragmented LQ_TC as olsrd sends it. */
    public static LqTcMessage unfragmented(MessageHeader header, int ansn, List<LqNeighbor> advertised) {
        return new LqTcMessage(header, ansn, NO_FRAGMENT_BORDER, NO_FRAGMENT_BORDER, advertised);
    }

    @Override
    public int bodyLength() {
        return 4 + LqNeighbor.SIZE * advertised.size();
    }

    @Override
    public void writeBody(ByteBuffer out) {
        out.putShort((short) ansn);
        out.put((byte) lowerBorder);
        out.put((byte) upperBorder);
        advertised.forEach(n -> writeEntry(out, n));
    }

    static void writeEntry(ByteBuffer out, LqNeighbor n) {
        out.putInt(n.address().value());
        out.put((byte) n.lq());
        out.put((byte) n.nlq());
        out.putShort((short) 0);
    }

    @Override
    public LqTcMessage withHeader(MessageHeader newHeader) {
        return new LqTcMessage(newHeader, ansn, lowerBorder, upperBorder, advertised);
    }
}
