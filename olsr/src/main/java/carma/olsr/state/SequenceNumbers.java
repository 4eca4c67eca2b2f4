package carma.olsr.state;

/** 16-bit sequence number comparison with wrap-around (RFC 3626 §19). */
public final class SequenceNumbers {

    private static final int MAX = 0xFFFF;

    private SequenceNumbers() {
    }

    /** True if s1 is "greater than" s2 in the sense of RFC 3626 §19. */
    public static boolean isNewer(int s1, int s2) {
        return (s1 > s2 && s1 - s2 <= MAX / 2) || (s2 > s1 && s2 - s1 > MAX / 2);
    }

    public static int next(int s) {
        return (s + 1) & MAX;
    }
}
