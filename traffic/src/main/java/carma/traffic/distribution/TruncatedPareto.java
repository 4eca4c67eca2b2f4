package carma.traffic.distribution;

import carma.kernel.random.RandomStream;

/**
 * Pareto distribution with cut-off (UMTS 30.03 / ETSI TR 101 112 WWW datagram sizes): draw {@code
 * P = k·U^(−1/α)} with U uniform in (0, 1], return {@code min(P, m)}. Density {@code α·k^α /
 * x^(α+1)} on {@code [k, m)} plus a point mass {@code (k/m)^α} at {@code m}.
 *
 * @param shape α (positive, not 1)
 * @param scale k, the minimum value (positive)
 * @param cutoff m, the maximum value ({@code > k})
 */
public record TruncatedPareto(double shape, double scale, double cutoff) {
    public TruncatedPareto {
        if (!(shape > 0) || shape == 1.0 || !Double.isFinite(shape)) {
            throw new IllegalArgumentException("shape must be positive, finite and not 1: " + shape);
        }
        if (!(scale > 0) || !(cutoff > scale) || !Double.isFinite(cutoff)) {
            throw new IllegalArgumentException("need 0 < scale < cutoff: " + scale + ", " + cutoff);
        }
    }

    /** The 30.03 WWW datagram size in bytes: α = 1.1, k = 81.5 B, m = 66666 B (mean ≈ 479.7 B). */
    public static TruncatedPareto umts3003DatagramBytes() {
        return new TruncatedPareto(1.1, 81.5, 66666.0);
    }

    /** One draw. Allocation-free. */
    public double sample(RandomStream stream) {
        double p = scale * Math.pow(stream.nextDoubleOpenAtZero(), -1.0 / shape);
        return Math.min(p, cutoff);
    }

    /** Probability of the point mass at the cut-off: {@code (k/m)^α}. */
    public double cutoffProbability() {
        return Math.pow(scale / cutoff, shape);
    }

    /** Mean: {@code (α·k − m·(k/m)^α) / (α − 1)}. */
    public double mean() {
        return (shape * scale - cutoff * cutoffProbability()) / (shape - 1);
    }

    /**
     * Second moment {@code E[X²] = α·k^α·(m^(2−α) − k^(2−α)) / (2 − α) + m²·(k/m)^α} (for α ≠ 2),
     * used to derive test tolerances.
     */
    public double secondMoment() {
        double body;
        if (Math.abs(shape - 2) < 1e-12) {
            body = 2 * scale * scale * Math.log(cutoff / scale);
        } else {
            body = shape * Math.pow(scale, shape)
                    * (Math.pow(cutoff, 2 - shape) - Math.pow(scale, 2 - shape)) / (2 - shape);
        }
        return body + cutoff * cutoff * cutoffProbability();
    }

    /** Variance. */
    public double variance() {
        double mean = mean();
        return secondMoment() - mean * mean;
    }

    /** Distribution function {@code P(X ≤ x)}. */
    public double cdf(double x) {
        if (x < scale) {
            return 0;
        }
        if (x >= cutoff) {
            return 1;
        }
        return 1 - Math.pow(scale / x, shape);
    }
}
