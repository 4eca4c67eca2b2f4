package carma.kernel.queueing;

import carma.kernel.random.RandomStream;

/** Service time laws of the validation queues, with the moments the closed forms need. */
public enum ServiceTimeDistribution {
    /** M/M/1: exponential service times. */
    EXPONENTIAL,
    /** M/D/1: every service takes exactly the mean. */
    DETERMINISTIC;

    public double sampleS(RandomStream rng, double meanS) {
        return this == EXPONENTIAL ? rng.exponential(meanS) : meanS;
    }

    /** E[S²] for mean E[S]: 2E[S]² (exponential) or E[S]² (deterministic). */
    public double secondMomentS2(double meanS) {
        return this == EXPONENTIAL ? 2 * meanS * meanS : meanS * meanS;
    }

    /** Kendall notation of the queue this law makes with Poisson arrivals and one server. */
    public String kendall() {
        return this == EXPONENTIAL ? "M/M/1" : "M/D/1";
    }
}
