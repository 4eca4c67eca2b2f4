package carma.experiments.carmnet;

import java.util.Arrays;
import java.util.Locale;

/** Small statistics and formatting helpers of the CARMNET experiments. */
final class Stats {
    private Stats() {}

    static double mean(double[] x) {
        return Arrays.stream(x).average().orElse(Double.NaN);
    }

    static double sd(double[] x) {
        if (x.length < 2) {
            return 0;
        }
        double m = mean(x);
        return Math.sqrt(Arrays.stream(x).map(v -> (v - m) * (v - m)).sum() / (x.length - 1));
    }

    static double min(double[] x) {
        return Arrays.stream(x).min().orElse(Double.NaN);
    }

    static double max(double[] x) {
        return Arrays.stream(x).max().orElse(Double.NaN);
    }

    static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    /** "mean ± sd (min–max, n)" */
    static String spread(double[] x, String unitFormat) {
        return f(unitFormat, mean(x)) + " ± " + f(unitFormat, sd(x)) + " (" + f(unitFormat, min(x)) + "–"
                + f(unitFormat, max(x)) + ", n=" + x.length + ")";
    }
}
