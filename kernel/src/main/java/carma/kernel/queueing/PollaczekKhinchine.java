package carma.kernel.queueing;

/**
 * Closed forms of the M/G/1 queue (Pollaczek–Khinchine mean-value formula; Kleinrock, Queueing
 * Systems Vol. 1, 1975, §5.6): with arrival rate λ, mean service E[S], second moment E[S²] and
 * load ρ = λE[S] &lt; 1, the mean wait in queue is W_q = λE[S²] / (2(1 − ρ)) and, by Little's law,
 * the mean number waiting is L_q = λW_q. M/M/1 gives W_q = ρ/(μ − λ); M/D/1 gives half of that.
 */
public final class PollaczekKhinchine {
    private PollaczekKhinchine() {}

    public static double utilisation(double arrivalRatePerS, double meanServiceS) {
        return arrivalRatePerS * meanServiceS;
    }

    public static double meanWaitS(double arrivalRatePerS, double meanServiceS, double secondMomentS2) {
        double rho = utilisation(arrivalRatePerS, meanServiceS);
        if (rho >= 1) {
            throw new IllegalArgumentException("unstable queue: load " + rho + " >= 1");
        }
        return arrivalRatePerS * secondMomentS2 / (2 * (1 - rho));
    }

    public static double meanQueueLength(double arrivalRatePerS, double meanServiceS, double secondMomentS2) {
        return arrivalRatePerS * meanWaitS(arrivalRatePerS, meanServiceS, secondMomentS2);
    }

    /** M/M/1 waiting-time distribution P(W_q ≤ t) = 1 − ρ e^{−(μ−λ)t} (Kleinrock §3.2). */
    public static double mm1WaitCdf(double arrivalRatePerS, double serviceRatePerS, double tS) {
        double rho = arrivalRatePerS / serviceRatePerS;
        return tS < 0 ? 0 : 1 - rho * Math.exp(-(serviceRatePerS - arrivalRatePerS) * tS);
    }
}
