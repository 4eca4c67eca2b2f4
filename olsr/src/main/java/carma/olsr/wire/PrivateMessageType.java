package carma.olsr.wire;

import java.nio.ByteBuffer;

/**
 * The body format of a private message type, registered with the codec under its message-type
 * octet (olsrd-plugin style, RFC 3626 §18.4: types 128..255 are for private use). Messages of a
 * registered type decode to a {@link PrivateMessage} carrying the decoded body; the agent hands
 * them to the handler registered with the type and forwards them by the default forwarding
 * algorithm (§3.4) like any other message. Implementations are immutable values.
 *
 * @param <B> the decoded body
 */
public interface PrivateMessageType<B> {

    /** The message-type octet, 128..255 and neither 201 (LQ_HELLO) nor 202 (LQ_TC). */
    int messageType();

    /** Length in bytes of the encoded body. */
    int bodyLength(B body);

    /** Writes exactly {@link #bodyLength} bytes at the buffer's position. */
    void writeBody(B body, ByteBuffer out);

    /**
     * Reads the body from a buffer that holds exactly the bytes after the message header.
     *
     * @throws MalformedPacketException if the bytes are inconsistent (the codec prefixes the
     *                                  message's position in the packet)
     */
    B readBody(ByteBuffer body) throws MalformedPacketException;

    /** Checks that {@code type} may be used for a private message type. */
    static int checkPrivateNumber(int type) {
        if (type < 128 || type > 255 || type == MessageType.LQ_HELLO || type == MessageType.LQ_TC) {
            throw new IllegalArgumentException("private message type must be in 128..255 and not 201/202: " + type);
        }
        return type;
    }
}
