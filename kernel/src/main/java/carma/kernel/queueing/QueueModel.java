package carma.kernel.queueing;

/**
 * One single-server FIFO queue with Poisson arrivals.
 *
 * @param name identifier in traces and reports, e.g. {@code mm1}
 */
public record QueueModel(String name, double arrivalRatePerS, double serviceRatePerS,
        ServiceTimeDistribution service) {
    public QueueModel {
        if (!(arrivalRatePerS > 0) || !(serviceRatePerS > 0)) {
            throw new IllegalArgumentException("queue '" + name + "': rates must be positive");
        }
    }

    public double meanServiceS() {
        return 1 / serviceRatePerS;
    }

    public double utilisation() {
        return arrivalRatePerS / serviceRatePerS;
    }

    public double closedFormMeanWaitS() {
        return PollaczekKhinchine.meanWaitS(arrivalRatePerS, meanServiceS(), service.secondMomentS2(meanServiceS()));
    }

    public double closedFormMeanQueueLength() {
        return arrivalRatePerS * closedFormMeanWaitS();
    }
}
