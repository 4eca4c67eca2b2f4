package carma.experiments.fairmesh;

import java.util.Arrays;
import java.util.Locale;

/** Mean, minimum, quantiles and maximum of a sample (sorted copy kept). */
record SampleSummary(double[] sorted) {
    SampleSummary {
        sorted = sorted.clone();
        Arrays.sort(sorted);
    }

    static SampleSummary of(double[] values) {
        return new SampleSummary(values);
    }

    int count() {
        return sorted.length;
    }

    double mean() {
        return Arrays.stream(sorted).average().orElse(Double.NaN);
    }

    double min() {
        return sorted.length == 0 ? Double.NaN : sorted[0];
    }

    double max() {
        return sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1];
    }

    /** Quantile by linear interpolation between order statistics, q in [0, 1]. */
    double quantile(double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }

    /** Sample standard deviation (0 for fewer than two values). */
    double standardDeviation() {
        if (sorted.length < 2) {
            return 0;
        }
        double mean = mean();
        double ss = Arrays.stream(sorted).map(v -> (v - mean) * (v - mean)).sum();
        return Math.sqrt(ss / (sorted.length - 1));
    }

    String describe() {
        return String.format(Locale.ROOT, "n=%d mean=%.4f min=%.4f p10=%.4f median=%.4f max=%.4f", count(), mean(),
                min(), quantile(0.1), quantile(0.5), max());
    }
}
