package carma.olsr.wire;

/**
 * The HELLO Link Code byte (RFC 3626 §6.1.1): {@code (neighborType << 2) | linkType} in the low four
 * bits; the high four bits are zero when sent.
 */
public final class LinkCode {

    public static final int UNSPEC_LINK = 0;
    public static final int ASYM_LINK = 1;
    public static final int SYM_LINK = 2;
    public static final int LOST_LINK = 3;

    public static final int NOT_NEIGH = 0;
    public static final int SYM_NEIGH = 1;
    public static final int MPR_NEIGH = 2;

    private LinkCode() {
    }

    public static int of(int neighborType, int linkType) {
        if (linkType < 0 || linkType > 3 || neighborType < 0 || neighborType > 2) {
            throw new IllegalArgumentException("invalid link code: neighbour type " + neighborType
                    + ", link type " + linkType);
        }
        return (neighborType << 2) | linkType;
    }

    public static int linkType(int code) {
        return code & 0x03;
    }

    public static int neighborType(int code) {
        return (code >>> 2) & 0x03;
    }

    /**
     * Whether a receiver understands this code: reserved bits zero, known neighbour type, and not the
     * combination SYM_LINK with NOT_NEIGH that RFC 3626 §6.1.1 forbids. Others are ignored.
     */
    public static boolean isProcessable(int code) {
        return (code & 0xF0) == 0 && neighborType(code) <= MPR_NEIGH
                && !(linkType(code) == SYM_LINK && neighborType(code) == NOT_NEIGH);
    }
}
