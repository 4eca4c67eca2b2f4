package carma.radio.link;

/**
 * GPRS coding schemes CS-1..CS-4: payload per 20 ms radio block (181, 268, 312, 428 bits; 9.05,
 * 13.4, 15.6, 21.4 kbit/s per timeslot) and block error rate versus C/I from the resource
 * {@code geran-cs-bler.csv}. Link adaptation picks the scheme with the largest expected payload
 * {@code bits·(1 − BLER)} at the current C/I. Allocation-free.
 */
public final class GeranCodingSchemes {
    /** A GPRS radio block lasts 20 ms (4 TDMA bursts). */
    public static final long RADIO_BLOCK_NS = 20_000_000L;
    private static final int[] PAYLOAD_BITS = {181, 268, 312, 428};
    private final BlerCurves curves;

    public GeranCodingSchemes(BlerCurves curves) {
        if (curves.formats() != PAYLOAD_BITS.length) {
            throw new IllegalArgumentException("expected BLER curves for CS-1..CS-4");
        }
        this.curves = curves;
    }

    public static GeranCodingSchemes standard() {
        return new GeranCodingSchemes(new BlerCurves(LinkLevelTable.load("geran-cs-bler.csv")));
    }

    public int schemes() {
        return PAYLOAD_BITS.length;
    }

    /** Payload bits per radio block of scheme {@code cs} (0-based: 0 = CS-1). */
    public int payloadBits(int cs) {
        return PAYLOAD_BITS[cs];
    }

    public double bler(int cs, double cirDb) {
        return curves.bler(cs, cirDb);
    }

    /** The scheme maximising {@code payload·(1 − BLER)} at {@code cirDb} (0-based). */
    public int select(double cirDb) {
        int best = 0;
        double bestGoodput = -1;
        for (int cs = 0; cs < PAYLOAD_BITS.length; cs++) {
            double g = PAYLOAD_BITS[cs] * (1 - curves.bler(cs, cirDb));
            if (g > bestGoodput) {
                bestGoodput = g;
                best = cs;
            }
        }
        return best;
    }
}
