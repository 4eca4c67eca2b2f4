package carma.olsr.wire;

import java.nio.ByteBuffer;
import java.util.List;

/**
 * LQ_HELLO (type 201, olsrd {@code lq_packet.c serialize_lq_hello}): the HELLO layout
 * {@code Reserved(16) | Htime(8) | Willingness(8) | link messages} where every neighbour address is
 * followed by {@code LQ(8) | NLQ(8) | reserved(16)}.
 */
public record LqHelloMessage(MessageHeader header, int htimeCode, int willingness, List<LqLinkGroup> links)
        implements OlsrMessage {

    public LqHelloMessage {
        MessageHeader.checkRange("htime", htimeCode, 0xFF);
        MessageHeader.checkRange("willingness", willingness, 0xFF);
        links = List.copyOf(links);
    }

    @Override
    public int bodyLength() {
        int n = 4;
        for (LqLinkGroup g : links) {
            n += g.size();
        }
        return n;
    }

    @Override
    public void writeBody(ByteBuffer out) {
        out.putShort((short) 0);
        out.put((byte) htimeCode);
        out.put((byte) willingness);
        for (LqLinkGroup g : links) {
            out.put((byte) g.linkCode());
            out.put((byte) 0);
            out.putShort((short) g.size());
            g.neighbours().forEach(n -> LqTcMessage.writeEntry(out, n));
        }
    }

    @Override
    public LqHelloMessage withHeader(MessageHeader newHeader) {
        return new LqHelloMessage(newHeader, htimeCode, willingness, links);
    }
}
