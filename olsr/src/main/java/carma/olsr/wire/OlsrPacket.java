package carma.olsr.wire;

import java.util.List;

/**
 * An OLSR packet (RFC 3626 §3.3): {@code Packet Length(16) | Packet Sequence Number(16) | messages}.
 * The length is derived when encoding.
 */
public record OlsrPacket(int sequenceNumber, List<OlsrMessage> messages) {

    /** Size in bytes of the packet header. */
    public static final int HEADER_SIZE = 4;

    public OlsrPacket {
        MessageHeader.checkRange("packet sequence number", sequenceNumber, 0xFFFF);
        messages = List.copyOf(messages);
    }

    /** Encoded length in bytes, the value of the Packet Length field. */
    public int length() {
        int n = HEADER_SIZE;
        for (OlsrMessage m : messages) {
            n += m.messageSize();
        }
        return n;
    }
}
