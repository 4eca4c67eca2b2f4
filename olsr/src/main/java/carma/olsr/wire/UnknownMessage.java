package carma.olsr.wire;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * A message of a type this node does not process. RFC 3626 §3.4 still forwards such messages by the
 * default forwarding algorithm, so the body is kept byte for byte.
 */
public record UnknownMessage(MessageHeader header, byte[] body) implements OlsrMessage {

    public UnknownMessage {
        body = body.clone();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    @Override
    public int bodyLength() {
        return body.length;
    }

    @Override
    public void writeBody(ByteBuffer out) {
        out.put(body);
    }

    @Override
    public UnknownMessage withHeader(MessageHeader newHeader) {
        return new UnknownMessage(newHeader, body);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UnknownMessage u && header.equals(u.header) && Arrays.equals(body, u.body);
    }

    @Override
    public int hashCode() {
        return 31 * header.hashCode() + Arrays.hashCode(body);
    }

    @Override
    public String toString() {
        return "UnknownMessage[header=" + header + ", body=" + HexFormat.of().formatHex(body) + "]";
    }
}
