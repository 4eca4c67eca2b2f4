package carma.olsr.lq;

/**
 * ETX link cost from the 8-bit LQ/NLQ values of olsrd's etx_ff plugin
 * ({@code default_lq_calc_cost_ff}): ETX = 1 / (LQ * NLQ) = 255*255 / (LQ8 * NLQ8). A link whose LQ
 * or NLQ is below MINIMAL_USEFUL_LQ = 0.1 (i.e. below {@code (int)(255 * 0.1) = 25}) is broken:
 * its cost is {@link Double#POSITIVE_INFINITY}. In particular ETX is infinite when either is 0.
 */
public final class EtxMetric {

    /** olsrd MINIMAL_USEFUL_LQ expressed on the 0..255 scale, as the C cast computes it. */
    public static final int MINIMAL_USEFUL_LQ8 = (int) (255 * 0.1);

    private EtxMetric() {
    }

    /** The ETX of a link with the given LQ and NLQ bytes (0..255). */
    public static double etx(int lq8, int nlq8) {
        if (lq8 < MINIMAL_USEFUL_LQ8 || nlq8 < MINIMAL_USEFUL_LQ8) {
            return Double.POSITIVE_INFINITY;
        }
        return (255.0 * 255.0) / ((double) lq8 * nlq8);
    }

    /** The ETX of real delivery ratios in [0, 1] (no quantisation): 1 / (lq * nlq), infinite at 0. */
    public static double etxOfRatios(double lq, double nlq) {
        double product = lq * nlq;
        return product > 0 ? 1.0 / product : Double.POSITIVE_INFINITY;
    }
}
