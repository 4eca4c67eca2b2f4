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
}
