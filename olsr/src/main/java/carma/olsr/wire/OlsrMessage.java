package carma.olsr.wire;

import java.nio.ByteBuffer;

/**
 * One OLSR message: the common header plus a type-specific body. Each record knows the exact
 * length of its body and writes it in network byte order; {@link MessageDecoder} reads bodies back.
 * The set is closed: extensions travel as {@link PrivateMessage}s of a registered
 * {@link PrivateMessageType}, or as {@link UnknownMessage}s kept byte for byte.
 */
public sealed interface OlsrMessage
        permits HelloMessage, LqHelloMessage, TcMessage, LqTcMessage, MidMessage, HnaMessage,
        PrivateMessage, UnknownMessage {

    MessageHeader header();

    /** Length in bytes of the body that follows the 12-byte header. */
    int bodyLength();

    /** Writes the body (not the header) at the buffer's position. */
    void writeBody(ByteBuffer out);

    /** The same message with another header (used when forwarding). */
    OlsrMessage withHeader(MessageHeader newHeader);

    /** Total size on the wire: header plus body, the value of the Message Size field. */
    default int messageSize() {
        return MessageHeader.SIZE + bodyLength();
    }
}
