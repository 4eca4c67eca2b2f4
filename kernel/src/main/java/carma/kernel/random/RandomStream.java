package carma.kernel.random;

/**
 * A seeded pseudo-random stream: xoshiro256++ (Blackman and Vigna, "Scrambled linear pseudorandom
 * number generators", ACM TOMS 2021), state expanded from a 64-bit seed with SplitMix64 as the
 * authors recommend. Not thread-safe: one stream belongs to one component. Allocation-free.
 *
 * <p>Obtain streams from {@link RandomStreams#stream(String)}, never by creation order.
 */
public final class RandomStream {
    private long s0;
    private long s1;
    private long s2;
    private long s3;
    private double spareGaussian;
    private boolean hasSpareGaussian;

    /** Creates a stream from a 64-bit seed (prefer {@link RandomStreams}). */
    public RandomStream(long seed) {
        long x = seed;
        x += 0x9E3779B97F4A7C15L;
        s0 = SplitMix64.mix(x);
        x += 0x9E3779B97F4A7C15L;
        s1 = SplitMix64.mix(x);
        x += 0x9E3779B97F4A7C15L;
        s2 = SplitMix64.mix(x);
        x += 0x9E3779B97F4A7C15L;
        s3 = SplitMix64.mix(x);
    }

    /** Uniform over all 64-bit values. */
    public long nextLong() {
        long result = Long.rotateLeft(s0 + s3, 23) + s0;
        long t = s1 << 17;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = Long.rotateLeft(s3, 45);
        return result;
    }

    /** Uniform in [0, 1) with 53 random bits. */
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform in (0, 1]: safe as the argument of a logarithm. */
    public double nextDoubleOpenAtZero() {
        return ((nextLong() >>> 11) + 1) * 0x1.0p-53;
    }

    /** Uniform in [lo, hi). */
    public double uniform(double lo, double hi) {
        return lo + (hi - lo) * nextDouble();
    }

    /** Uniform integer in [0, bound), unbiased (Lemire's multiply-and-reject). */
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive: " + bound);
        }
        long m = (nextLong() >>> 32) * bound;
        long low = m & 0xFFFFFFFFL;
        if (low < bound) {
            long threshold = (0x1_0000_0000L - bound) % bound;
            while (low < threshold) {
                m = (nextLong() >>> 32) * bound;
                low = m & 0xFFFFFFFFL;
            }
        }
        return (int) (m >>> 32);
    }

    /** True with probability p. */
    public boolean bernoulli(double p) {
        return nextDouble() < p;
    }

    /** Exponential with the given mean (inverse transform). */
    public double exponential(double mean) {
        return -mean * Math.log(nextDoubleOpenAtZero());
    }

    /** Standard normal (Marsaglia polar method; the second variate is kept for the next call). */
    public double gaussian() {
        if (hasSpareGaussian) {
            hasSpareGaussian = false;
            return spareGaussian;
        }
        double u;
        double v;
        double s;
        do {
            u = 2 * nextDouble() - 1;
            v = 2 * nextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        double f = Math.sqrt(-2 * Math.log(s) / s);
        spareGaussian = v * f;
        hasSpareGaussian = true;
        return u * f;
    }

    /** Normal with the given mean and standard deviation. */
    public double gaussian(double mean, double sigma) {
        return mean + sigma * gaussian();
    }
}
