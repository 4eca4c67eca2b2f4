package carma.radio.link;

/**
 * UTRAN uplink load and quality (Holma & Toskala, WCDMA for UMTS §8.2): the load factor of a cell
 * {@code η = (1 + i)·Σ 1/(1 + W/((Eb/N0)_j·R_j·ν_j))} and the noise rise {@code −10·log10(1 − η)};
 * the Eb/N0 of a user {@code (W/(ν·R))·P_rx/(I_total − P_rx)} with {@code I_total = I_own + I_other + N}.
 */
public final class UtranUplink {
    public static final double CHIP_RATE_HZ = 3.84e6;

    private UtranUplink() {}

    /** Load contribution of one connection (without the other-cell factor). */
    public static double loadOfConnection(double ebN0Db, double bitRateBps, double activityFactor) {
        return 1 / (1 + CHIP_RATE_HZ / (Decibels.toLinear(ebN0Db) * bitRateBps * activityFactor));
    }

    /** Noise rise in dB for a load factor η < 1. */
    public static double noiseRiseDb(double loadFactor) {
        if (!(loadFactor >= 0 && loadFactor < 1)) {
            throw new IllegalArgumentException("uplink load factor must be in [0, 1), got " + loadFactor);
        }
        return -10 * Math.log10(1 - loadFactor);
    }

    /** Eb/N0 of a user received with {@code rxMw} when the total received wideband power is {@code totalMw}. */
    public static double ebN0Linear(double rxMw, double totalMw, double bitRateBps, double activityFactor) {
        return CHIP_RATE_HZ / (activityFactor * bitRateBps) * rxMw / (totalMw - rxMw);
    }
}
