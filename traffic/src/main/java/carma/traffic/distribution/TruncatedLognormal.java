package carma.traffic.distribution;

import carma.kernel.random.RandomStream;

/**
 * Lognormal distribution given by the mean and standard deviation of the untruncated variable
 * (as the 3GPP FTP and HTTP models state them), truncated to {@code [min, max]} by rejection:
 * draws outside the range are redrawn. Underlying normal: {@code σ² = ln(1 + sd²/mean²)}, {@code
 * μ = ln(mean) − σ²/2}.
 *
 * @param untruncatedMean mean before truncation (positive)
 * @param untruncatedSd standard deviation before truncation (positive)
 * @param min smallest accepted value (≥ 0)
 * @param max largest accepted value ({@code > min})
 */
public record TruncatedLognormal(double untruncatedMean, double untruncatedSd, double min, double max) {
    public TruncatedLognormal {
        if (!(untruncatedMean > 0) || !(untruncatedSd > 0) || !(min >= 0) || !(max > min)) {
            throw new IllegalArgumentException("need mean > 0, sd > 0, 0 <= min < max: "
                    + untruncatedMean + ", " + untruncatedSd + ", " + min + ", " + max);
        }
    }

    /** The 3GPP FTP file size in bytes: mean 2 MB, sd 0.722 MB, at most 5 MB. */
    public static TruncatedLognormal threeGppFtpFileBytes() {
        return new TruncatedLognormal(2e6, 0.722e6, 0, 5e6);
    }

    /** σ of the underlying normal. */
    public double sigma() {
        return Math.sqrt(Math.log1p(untruncatedSd * untruncatedSd / (untruncatedMean * untruncatedMean)));
    }

    /** μ of the underlying normal. */
    public double mu() {
        double s = sigma();
        return Math.log(untruncatedMean) - s * s / 2;
    }

    /** One draw (rejection; allocation-free). */
    public double sample(RandomStream stream) {
        double mu = mu();
        double sigma = sigma();
        while (true) {
            double x = Math.exp(stream.gaussian(mu, sigma));
            if (x >= min && x <= max) {
                return x;
            }
        }
    }

    /**
     * Mean after truncation, {@code E[X | min ≤ X ≤ max]}, by Simpson integration of the normal
     * density over {@code y = ln x} (4000 intervals over at most ±12σ; relative error far below
     * 1e-9 for the 3GPP parameters).
     */
    public double mean() {
        double mu = mu();
        double sigma = sigma();
        double lo = Math.max(min > 0 ? Math.log(min) : Double.NEGATIVE_INFINITY, mu - 12 * sigma);
        double hi = Math.min(Math.log(max), mu + 12 * sigma);
        int intervals = 4000;
        double h = (hi - lo) / intervals;
        double mass = 0;
        double first = 0;
        for (int i = 0; i <= intervals; i++) {
            double y = lo + i * h;
            double weight = (i == 0 || i == intervals) ? 1 : (i % 2 == 1 ? 4 : 2);
            double z = (y - mu) / sigma;
            double density = Math.exp(-0.5 * z * z);
            mass += weight * density;
            first += weight * density * Math.exp(y);
        }
        return first / mass;
    }
}
