package carma.traffic.distribution;

/**
 * Running mean and variance (Welford) for validation tests, with the half-width of a two-sided
 * 99.9 % confidence interval for the mean (normal approximation, z = 3.2905).
 */
public final class SampleStats {
    public static final double Z_999 = 3.2905;
    private long n;
    private double mean;
    private double m2;

    public void add(double x) {
        n++;
        double delta = x - mean;
        mean += delta / n;
        m2 += delta * (x - mean);
    }

    public long count() {
        return n;
    }

    public double mean() {
        return mean;
    }

    public double variance() {
        return n > 1 ? m2 / (n - 1) : Double.NaN;
    }

    /** Half-width of the 99.9 % confidence interval of the mean, from the sample variance. */
    public double halfWidth999() {
        return Z_999 * Math.sqrt(variance() / n);
    }

    /** Half-width of the 99.9 % interval of a proportion with known probability p over n trials. */
    public static double proportionHalfWidth999(double p, long trials) {
        return Z_999 * Math.sqrt(p * (1 - p) / trials);
    }
}
