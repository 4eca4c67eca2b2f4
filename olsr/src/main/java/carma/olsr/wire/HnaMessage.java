package carma.olsr.wire;

import carma.olsr.Ipv4Prefix;
import java.nio.ByteBuffer;
import java.util.List;

/** HNA (type 4, RFC 3626 §12.1): {@code {Network Address(32) | Netmask(32)}*}. */
public record HnaMessage(MessageHeader header, List<Ipv4Prefix> networks) implements OlsrMessage {

    public HnaMessage {
        networks = List.copyOf(networks);
    }

    @Override
    public int bodyLength() {
        return 8 * networks.size();
    }

    @Override
    public void writeBody(ByteBuffer out) {
        for (Ipv4Prefix p : networks) {
            out.putInt(p.network().value());
            out.putInt(p.netmask().value());
        }
    }

    @Override
    public HnaMessage withHeader(MessageHeader newHeader) {
        return new HnaMessage(newHeader, networks);
    }
}
