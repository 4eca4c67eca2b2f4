package carma.radio.link;

/**
 * HS-DSCH SINR to CQI, after Brouwer et al. (ISSSTA 2004):
 * {@code CQI = clip[0,30](floor(SINR_dB/1.02 + 16.62))}, where SINR is the HS-DSCH signal to
 * interference-plus-noise ratio per chip (before the SF16 despreading gain). With the despreading
 * gain included, the same relation reads {@code CQI ≈ SINR_symbol − 12.04 + 16.62 ≈ SINR_symbol + 4.6},
 * the Holma–Toskala rule of thumb; the reference notes' §4.5 SINR (with SF16) must therefore be
 * reduced by 10·log10(16) before this mapping.
 */
public final class SinrToCqi {
    private final double slopeDb;
    private final double offset;

    public SinrToCqi(double slopeDb, double offset) {
        this.slopeDb = slopeDb;
        this.offset = offset;
    }

    public static SinrToCqi brouwer() {
        return new SinrToCqi(1.02, 16.62);
    }

    public int cqi(double chipSinrDb) {
        double v = Math.floor(chipSinrDb / slopeDb + offset);
        return v < 0 ? 0 : (v > 30 ? 30 : (int) v);
    }

    /** The chip SINR at which {@code cqi} is reached with 10 % BLER. */
    public double sinrAt10PercentBlerDb(int cqi) {
        return slopeDb * (cqi - offset);
    }
}
