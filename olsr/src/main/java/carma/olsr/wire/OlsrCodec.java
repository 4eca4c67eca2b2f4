package carma.olsr.wire;

import java.nio.ByteBuffer;

/**
 * Encodes and decodes OLSR packets (the UDP payload on port 698) in network byte order. Stateless
 * apart from the registered private message types; safe to share.
 */
public final class OlsrCodec {

    /** Largest value of the 16-bit Packet Length and Message Size fields. */
    public static final int MAX_LENGTH = 0xFFFF;

    private final MessageDecoder decoder;

    /** A codec that decodes the given private message types (olsrd-plugin style). */
    public OlsrCodec(PrivateMessageTypes privateTypes) {
        this.decoder = new MessageDecoder(privateTypes);
    }

    /** A codec for the types of RFC 3626 and olsrd's LQ extension only. */
    public OlsrCodec() {
        this(PrivateMessageTypes.none());
    }

    public PrivateMessageTypes privateTypes() {
        return decoder.privateTypes();
    }

    /** The packet as bytes; throws {@link IllegalArgumentException} if it exceeds 65535 bytes. */
    public byte[] encode(OlsrPacket packet) {
        int length = packet.length();
        if (length > MAX_LENGTH) {
            throw new IllegalArgumentException("packet of " + length + " bytes exceeds " + MAX_LENGTH);
        }
        ByteBuffer out = ByteBuffer.allocate(length);
        out.putShort((short) length);
        out.putShort((short) packet.sequenceNumber());
        for (OlsrMessage m : packet.messages()) {
            writeMessage(out, m);
        }
        return out.array();
    }

    /** One message (header and body) as bytes. */
    public byte[] encodeMessage(OlsrMessage message) {
        ByteBuffer out = ByteBuffer.allocate(checkedSize(message));
        writeMessage(out, message);
        return out.array();
    }

    private static int checkedSize(OlsrMessage m) {
        int size = m.messageSize();
        if (size > MAX_LENGTH) {
            throw new IllegalArgumentException("message of " + size + " bytes exceeds " + MAX_LENGTH);
        }
        return size;
    }

    private static void writeMessage(ByteBuffer out, OlsrMessage m) {
        MessageHeader h = m.header();
        int start = out.position();
        out.put((byte) h.type());
        out.put((byte) h.vtimeCode());
        out.putShort((short) checkedSize(m));
        out.putInt(h.originator().value());
        out.put((byte) h.ttl());
        out.put((byte) h.hopCount());
        out.putShort((short) h.sequenceNumber());
        m.writeBody(out);
        if (out.position() - start != m.messageSize()) {
            throw new IllegalStateException("body of " + m.getClass().getSimpleName()
                    + " wrote " + (out.position() - start) + " bytes, declared " + m.messageSize());
        }
    }

    /**
     * Decodes a whole packet. Messages of registered private types are returned as
     * {@link PrivateMessage}; messages of types this codec does not know are returned as
     * {@link UnknownMessage} so that they can be forwarded (RFC 3626 §3.4).
     *
     * @throws MalformedPacketException if the packet is truncated, its length field does not match,
     *                                  or any message or body is inconsistent with its size fields
     */
    public OlsrPacket decode(byte[] bytes) throws MalformedPacketException {
        return decode(bytes, 0, bytes.length);
    }

    /** Decodes the packet in {@code bytes[offset, offset + length)}. */
    public OlsrPacket decode(byte[] bytes, int offset, int length) throws MalformedPacketException {
        if (offset < 0 || length < 0 || offset + length > bytes.length) {
            throw new IllegalArgumentException("range out of bounds");
        }
        if (length < OlsrPacket.HEADER_SIZE) {
            throw new MalformedPacketException("truncated packet: " + length
                    + " bytes, the packet header alone needs " + OlsrPacket.HEADER_SIZE);
        }
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, length).slice();
        int declared = Short.toUnsignedInt(in.getShort());
        if (declared != length) {
            throw new MalformedPacketException("packet length field says " + declared
                    + " bytes but " + length + " bytes were received");
        }
        int seq = Short.toUnsignedInt(in.getShort());
        return new OlsrPacket(seq, decoder.decodeMessages(in));
    }
}
