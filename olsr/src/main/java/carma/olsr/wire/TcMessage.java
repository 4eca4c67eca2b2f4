package carma.olsr.wire;

import carma.olsr.NodeAddress;
import java.nio.ByteBuffer;
import java.util.List;

/** TC (type 2, RFC 3626 §9.1): {@code ANSN(16) | Reserved(16) | advertised neighbour main addresses}. */
public record TcMessage(MessageHeader header, int ansn, List<NodeAddress> advertised) implements OlsrMessage {

    public TcMessage {
        MessageHeader.checkRange("ANSN", ansn, 0xFFFF);
        advertised = List.copyOf(advertised);
    }

    @Override
    public int bodyLength() {
        return 4 + 4 * advertised.size();
    }

    @Override
    public void writeBody(ByteBuffer out) {
        out.putShort((short) ansn);
        out.putShort((short) 0);
        advertised.forEach(a -> out.putInt(a.value()));
    }

    @Override
    public TcMessage withHeader(MessageHeader newHeader) {
        return new TcMessage(newHeader, ansn, advertised);
    }
}
