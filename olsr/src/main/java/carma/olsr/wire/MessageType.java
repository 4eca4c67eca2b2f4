package carma.olsr.wire;

/**
 * Message type numbers on the wire (RFC 3626 §18.4; olsrd {@code olsr_protocol.h}). Types 128..255
 * are for private use: see {@link PrivateMessageType}.
 */
public final class MessageType {

    public static final int HELLO = 1;
    public static final int TC = 2;
    public static final int MID = 3;
    public static final int HNA = 4;
    /** olsrd link-quality HELLO ({@code LQ_HELLO_MESSAGE}). */
    public static final int LQ_HELLO = 201;
    /** olsrd link-quality TC ({@code LQ_TC_MESSAGE}). */
    public static final int LQ_TC = 202;

    private MessageType() {
    }
}
