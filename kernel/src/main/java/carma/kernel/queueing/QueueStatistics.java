package carma.kernel.queueing;

/**
 * Running statistics of one queue after the warm-up: mean wait with a batch-means confidence
 * interval (customers are grouped in consecutive batches whose means are close to independent;
 * Law and Kelton, Simulation Modeling and Analysis, §9.5.3), and the sampled mean number waiting.
 */
final class QueueStatistics {
    static final int BATCHES = 20;
    private final QueueModel model;
    private final long warmupNs;
    private long customers;
    private double sumWaitS;
    private double[] waitsS = new double[1024];
    private long samples;
    private double sumWaiting;

    QueueStatistics(QueueModel model, long warmupNs) {
        this.model = model;
        this.warmupNs = warmupNs;
    }

    QueueModel model() {
        return model;
    }

    void onCustomer(QueueCustomer c) {
        if (c.arrivalNs() < warmupNs) {
            return;
        }
        double w = c.waitNs() / 1e9;
        if (customers == waitsS.length) {
            waitsS = java.util.Arrays.copyOf(waitsS, waitsS.length * 2);
        }
        waitsS[(int) customers] = w;
        customers++;
        sumWaitS += w;
    }

    void onSample(QueueSample s) {
        if (s.timeNs() < warmupNs) {
            return;
        }
        samples++;
        sumWaiting += s.waiting();
    }

    long customers() {
        return customers;
    }

    double meanWaitS() {
        return customers == 0 ? Double.NaN : sumWaitS / customers;
    }

    double meanWaiting() {
        return samples == 0 ? Double.NaN : sumWaiting / samples;
    }

    /** Half-width of the 95 % batch-means confidence interval of the mean wait. */
    double waitCi95HalfWidthS() {
        int per = (int) (customers / BATCHES);
        if (per < 2) {
            return Double.NaN;
        }
        double[] means = new double[BATCHES];
        double grand = 0;
        for (int b = 0; b < BATCHES; b++) {
            double s = 0;
            for (int i = b * per; i < (b + 1) * per; i++) {
                s += waitsS[i];
            }
            means[b] = s / per;
            grand += means[b];
        }
        grand /= BATCHES;
        double var = 0;
        for (double m : means) {
            var += (m - grand) * (m - grand);
        }
        var /= BATCHES - 1;
        return StudentT.quantile975(BATCHES - 1) * Math.sqrt(var / BATCHES);
    }

    /** Sorted post-warm-up waits (for the empirical CDF). */
    double[] sortedWaitsS() {
        double[] w = java.util.Arrays.copyOf(waitsS, (int) customers);
        java.util.Arrays.sort(w);
        return w;
    }
}
