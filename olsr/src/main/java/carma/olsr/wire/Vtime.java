package carma.olsr.wire;

/**
 * The 8-bit mantissa/exponent time encoding of RFC 3626 §18.3, used by the Vtime field of every
 * message header and by the Htime field of HELLO: {@code value = C * (1 + a/16) * 2^b} seconds with
 * {@code C = 1/16 s}, {@code a} the high nibble and {@code b} the low nibble.
 *
 * <p>All arithmetic is exact in integer nanoseconds: {@code C = 62 500 000 ns}.
 */
public final class Vtime {

    /** The scaling constant C of RFC 3626 §18.3 (1/16 s) in nanoseconds. */
    public static final long C_NS = 62_500_000L;

    /** Smallest representable time (code 0x00): C. */
    public static final long MIN_NS = C_NS;

    /** Largest representable time (code 0xFF): C * (1 + 15/16) * 2^15 = 3968 s. */
    public static final long MAX_NS = decodeNs(0xFF);

    private Vtime() {
    }

    /** The time in nanoseconds that an encoded byte (0..255) stands for. */
    public static long decodeNs(int code) {
        if (code < 0 || code > 0xFF) {
            throw new IllegalArgumentException("Vtime code out of range 0..255: " + code);
        }
        int a = code >>> 4;
        int b = code & 0x0F;
        // C * (16 + a) / 16 * 2^b ; C / 16 = 3 906 250 ns exactly
        return (C_NS / 16) * (16 + a) << b;
    }

    /**
     * Encodes a time following RFC 3626 §18.3 literally: find the largest b with T/C >= 2^b,
     * a = 16 * (T / (C * 2^b) - 1) rounded up, and if a == 16 then b += 1, a = 0. The encoded
     * value is therefore never below T. Times below C encode to 0x00 (C) and times above
     * {@link #MAX_NS} to 0xFF, the nearest representable values.
     */
    public static int encode(long timeNs) {
        if (timeNs <= MIN_NS) {
            return 0x00;
        }
        if (timeNs >= MAX_NS) {
            return 0xFF;
        }
        int b = 63 - Long.numberOfLeadingZeros(timeNs / C_NS); // largest b with C*2^b <= T
        long base = C_NS << b;
        long numerator = 16 * (timeNs - base);
        long a = (numerator + base - 1) / base; // ceiling
        if (a == 16) {
            b += 1;
            a = 0;
        }
        return (int) (a << 4) | b;
    }
}
