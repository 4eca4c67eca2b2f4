package carma.kernel.queueing;

/**
 * Quantiles of Student's t distribution for confidence intervals: exact table values for small
 * degrees of freedom (Abramowitz and Stegun, Table 26.10), the Cornish–Fisher expansion above.
 */
public final class StudentT {
    private static final double[] T975 = {
        Double.NaN, 12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.160, 2.145,
        2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042
    };
    private static final double[] T995 = {
        Double.NaN, 63.657, 9.925, 5.841, 4.604, 4.032, 3.707, 3.499, 3.355, 3.250, 3.169, 3.106, 3.055, 3.012, 2.977,
        2.947, 2.921, 2.898, 2.878, 2.861, 2.845, 2.831, 2.819, 2.807, 2.797, 2.787, 2.779, 2.771, 2.763, 2.756, 2.750
    };

    private StudentT() {}

    /** The 0.975 quantile (two-sided 95 %) for {@code df} degrees of freedom. */
    public static double quantile975(int df) {
        return quantile(df, T975, 1.959964);
    }

    /** The 0.995 quantile (two-sided 99 %) for {@code df} degrees of freedom. */
    public static double quantile995(int df) {
        return quantile(df, T995, 2.575829);
    }

    private static double quantile(int df, double[] table, double z) {
        if (df < 1) {
            throw new IllegalArgumentException("degrees of freedom must be >= 1, got " + df);
        }
        if (df < table.length) {
            return table[df];
        }
        double z3 = z * z * z;
        double z5 = z3 * z * z;
        return z + (z3 + z) / (4.0 * df) + (5 * z5 + 16 * z3 + 3 * z) / (96.0 * df * df);
    }
}
