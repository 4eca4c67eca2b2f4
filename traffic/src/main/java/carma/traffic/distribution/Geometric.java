package carma.traffic.distribution;

import carma.kernel.random.RandomStream;

/**
 * Geometric distribution on {1, 2, 3, ...} with a given mean μ ≥ 1: {@code P(N = n) = p·(1 −
 * p)^(n−1)} with {@code p = 1/μ}. Drawn by inversion, {@code N = 1 + ⌊ln U / ln(1 − p)⌋}; one
 * uniform per draw. An infinite mean gives "never ends" ({@link Long#MAX_VALUE}).
 *
 * @param mean μ, at least 1 (may be {@link Double#POSITIVE_INFINITY})
 */
public record Geometric(double mean) {
    public Geometric {
        if (!(mean >= 1)) {
            throw new IllegalArgumentException("geometric mean must be at least 1: " + mean);
        }
    }

    /** One draw, in {@code [1, Long.MAX_VALUE]}. Allocation-free. */
    public long sample(RandomStream stream) {
        if (mean == 1.0) {
            return 1;
        }
        if (mean == Double.POSITIVE_INFINITY) {
            return Long.MAX_VALUE;
        }
        double failures = Math.floor(Math.log(stream.nextDoubleOpenAtZero()) / Math.log1p(-1.0 / mean));
        return failures >= Long.MAX_VALUE - 1 ? Long.MAX_VALUE : 1 + (long) failures;
    }

    /** Variance {@code (1 − p) / p²}. */
    public double variance() {
        double p = 1.0 / mean;
        return (1 - p) / (p * p);
    }
}
