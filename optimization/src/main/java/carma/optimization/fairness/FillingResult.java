package carma.optimization.fairness;

/**
 * Rates from progressive filling and the resource that saturated first (it limits the minimum
 * users); {@code firstBottleneck} is a {@link Resources} index.
 */
public record FillingResult(double[] rateBps, int firstBottleneck) {
    public double minRateBps() {
        double min = Double.POSITIVE_INFINITY;
        for (double r : rateBps) {
            min = Math.min(min, r);
        }
        return min;
    }
}
