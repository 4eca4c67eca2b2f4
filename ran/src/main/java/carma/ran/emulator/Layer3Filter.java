package carma.ran.emulator;

/**
 * Layer-3 filtering of a measurement (3GPP TS 25.331 §8.6.7.2, TS 36.331 §5.5.3.2):
 * {@code F_n = (1 − a)·F_(n−1) + a·M_n} with {@code a = 1/2^(k/4)}, in the logarithmic domain
 * (dBm), one update per measurement period; the first filtered value is the first measurement.
 * {@code k = 0} turns filtering off.
 */
public final class Layer3Filter {
    private final double weight;

    public Layer3Filter(int filterCoefficient) {
        this.weight = weight(filterCoefficient);
    }

    /** {@code a = 1/2^(k/4)}. */
    public static double weight(int filterCoefficient) {
        if (filterCoefficient < 0 || filterCoefficient > 19) {
            throw new IllegalArgumentException("filter coefficient k must be 0..19: " + filterCoefficient);
        }
        return Math.pow(2, -filterCoefficient / 4.0);
    }

    public double weight() {
        return weight;
    }

    /** The next filtered value from the previous one and a new measurement. */
    public double next(double previousDbm, double measurementDbm) {
        return (1 - weight) * previousDbm + weight * measurementDbm;
    }
}
