package carma.olsr.wire;

import carma.olsr.NodeAddress;
import java.nio.ByteBuffer;
import java.util.List;

/** MID (type 3, RFC 3626 §5.1): the originator's other interface addresses. */
public record MidMessage(MessageHeader header, List<NodeAddress> interfaceAddresses) implements OlsrMessage {

    public MidMessage {
        interfaceAddresses = List.copyOf(interfaceAddresses);
    }

    @Override
    public int bodyLength() {
        return 4 * interfaceAddresses.size();
    }

    @Override
    public void writeBody(ByteBuffer out) {
        interfaceAddresses.forEach(a -> out.putInt(a.value()));
    }

    @Override
    public MidMessage withHeader(MessageHeader newHeader) {
        return new MidMessage(newHeader, interfaceAddresses);
    }
}
