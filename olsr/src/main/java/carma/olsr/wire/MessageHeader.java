package carma.olsr.wire;

import carma.olsr.NodeAddress;

/**
 * The common OLSR message header (RFC 3626 §3.3) without the Message Size field, which the encoder
 * derives from the body:
 * {@code Type(8) | Vtime(8) | Message Size(16) | Originator(32) | TTL(8) | Hop Count(8) | Seq(16)}.
 *
 * @param type           message type 0..255
 * @param vtimeCode      encoded validity time byte (see {@link Vtime})
 * @param originator     main address of the originating node
 * @param ttl            time to live 0..255
 * @param hopCount       hops travelled 0..255
 * @param sequenceNumber message sequence number 0..65535
 */
public record MessageHeader(int type, int vtimeCode, NodeAddress originator, int ttl, int hopCount,
                            int sequenceNumber) {

    /** Size in bytes of the IPv4 message header. */
    public static final int SIZE = 12;

    public MessageHeader {
        checkRange("type", type, 0xFF);
        checkRange("vtime", vtimeCode, 0xFF);
        checkRange("ttl", ttl, 0xFF);
        checkRange("hop count", hopCount, 0xFF);
        checkRange("message sequence number", sequenceNumber, 0xFFFF);
        if (originator == null) {
            throw new IllegalArgumentException("originator must not be null");
        }
    }

    /** Throws {@link IllegalArgumentException} unless {@code 0 <= value <= max} (a field of the wire format). */
    public static void checkRange(String what, int value, int max) {
        if (value < 0 || value > max) {
            throw new IllegalArgumentException(what + " out of range 0.." + max + ": " + value);
        }
    }

    /** The validity time this header carries, decoded from the Vtime byte. */
    public long validityNs() {
        return Vtime.decodeNs(vtimeCode);
    }

    /** The header of the same message as forwarded: TTL decremented, hop count incremented. */
    public MessageHeader forwarded() {
        if (ttl == 0 || hopCount == 0xFF) {
            throw new IllegalStateException("message cannot be forwarded: ttl " + ttl + ", hops " + hopCount);
        }
        return new MessageHeader(type, vtimeCode, originator, ttl - 1, hopCount + 1, sequenceNumber);
    }
}
