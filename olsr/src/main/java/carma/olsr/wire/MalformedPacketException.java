package carma.olsr.wire;

/** A received OLSR packet that does not follow the wire format; the message says where and why. */
public final class MalformedPacketException extends Exception {

    private static final long serialVersionUID = 1L;

    public MalformedPacketException(String message) {
        super(message);
    }
}
