package carma.olsr.wire;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** A private message type for tests: {@code length(8) | ASCII text}. */
public record TextMessageType(int messageType) implements PrivateMessageType<String> {

    public TextMessageType {
        PrivateMessageType.checkPrivateNumber(messageType);
    }

    @Override
    public int bodyLength(String body) {
        return 1 + body.length();
    }

    @Override
    public void writeBody(String body, ByteBuffer out) {
        out.put((byte) body.length());
        out.put(body.getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public String readBody(ByteBuffer body) throws MalformedPacketException {
        if (!body.hasRemaining()) {
            throw new MalformedPacketException("empty text body");
        }
        int length = Byte.toUnsignedInt(body.get());
        if (length != body.remaining()) {
            throw new MalformedPacketException("text length says " + length + " bytes but " + body.remaining()
                    + " follow");
        }
        byte[] text = new byte[length];
        body.get(text);
        return new String(text, StandardCharsets.US_ASCII);
    }
}
