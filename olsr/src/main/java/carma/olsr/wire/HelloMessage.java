package carma.olsr.wire;

import java.nio.ByteBuffer;
import java.util.List;

/**
 * HELLO (type 1, RFC 3626 §6.1): {@code Reserved(16) | Htime(8) | Willingness(8) | link messages}.
 */
public record HelloMessage(MessageHeader header, int htimeCode, int willingness, List<LinkGroup> links)
        implements OlsrMessage {

    public HelloMessage {
        MessageHeader.checkRange("htime", htimeCode, 0xFF);
        MessageHeader.checkRange("willingness", willingness, 0xFF);
        links = List.copyOf(links);
    }

    @Override
    public int bodyLength() {
        int n = 4;
        for (LinkGroup g : links) {
            n += g.size();
        }
        return n;
    }

    @Override
    public void writeBody(ByteBuffer out) {
        out.putShort((short) 0);
        out.put((byte) htimeCode);
        out.put((byte) willingness);
        for (LinkGroup g : links) {
            out.put((byte) g.linkCode());
            out.put((byte) 0);
            out.putShort((short) g.size());
            g.neighbours().forEach(a -> out.putInt(a.value()));
        }
    }

    @Override
    public HelloMessage withHeader(MessageHeader newHeader) {
        return new HelloMessage(newHeader, htimeCode, willingness, links);
    }
}
