package carma.olsr.wire;

import java.nio.ByteBuffer;
import java.util.Objects;

/**
 * A message of a registered private type: the header plus the body decoded by its
 * {@link PrivateMessageType}.
 *
 * @param <B> the decoded body
 */
public record PrivateMessage<B>(MessageHeader header, PrivateMessageType<B> type, B body) implements OlsrMessage {

    public PrivateMessage {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(body, "body");
        if (header.type() != type.messageType()) {
            throw new IllegalArgumentException("header type " + header.type() + " is not the private type "
                    + type.messageType());
        }
    }

    @Override
    public int bodyLength() {
        return type.bodyLength(body);
    }

    @Override
    public void writeBody(ByteBuffer out) {
        type.writeBody(body, out);
    }

    @Override
    public PrivateMessage<B> withHeader(MessageHeader newHeader) {
        return new PrivateMessage<>(newHeader, type, body);
    }
}
