package carma.kernel.clock;

/**
 * Lateness of tick starts against their wall-clock deadlines: a histogram with 10 µs buckets up
 * to 1 s (larger values count in the last bucket; the exact maximum is kept), so percentiles cost
 * no allocation per tick.
 */
public final class TickLateness {
    private static final long BUCKET_NS = 10_000L;
    private static final int BUCKETS = 100_000;
    private final long[] counts = new long[BUCKETS];
    private final long lateThresholdNs;
    private final long overrunThresholdNs;
    private long ticks;
    private long late;
    private long overruns;
    private long maxNs;
    private double sumNs;

    /**
     * @param lateThresholdNs a tick starting later than this counts as late
     * @param overrunThresholdNs a tick starting later than this counts as an overrun (one tick period)
     */
    public TickLateness(long lateThresholdNs, long overrunThresholdNs) {
        this.lateThresholdNs = lateThresholdNs;
        this.overrunThresholdNs = overrunThresholdNs;
    }

    /** Records one tick; returns true when it was an overrun. */
    public boolean record(long latenessNs) {
        ticks++;
        sumNs += latenessNs;
        maxNs = Math.max(maxNs, latenessNs);
        counts[(int) Math.min(BUCKETS - 1, latenessNs / BUCKET_NS)]++;
        if (latenessNs > lateThresholdNs) {
            late++;
        }
        if (latenessNs >= overrunThresholdNs) {
            overruns++;
            return true;
        }
        return false;
    }

    public long ticks() {
        return ticks;
    }

    public long lateTicks() {
        return late;
    }

    public long overruns() {
        return overruns;
    }

    public long maxNs() {
        return maxNs;
    }

    public long lateThresholdNs() {
        return lateThresholdNs;
    }

    public double meanNs() {
        return ticks == 0 ? 0 : sumNs / ticks;
    }

    /** Upper edge of the bucket holding quantile q (0 < q ≤ 1); exact maximum for q = 1. */
    public long percentileNs(double q) {
        if (ticks == 0) {
            return 0;
        }
        if (q >= 1) {
            return maxNs;
        }
        long rank = (long) Math.ceil(q * ticks);
        long seen = 0;
        for (int i = 0; i < BUCKETS; i++) {
            seen += counts[i];
            if (seen >= rank) {
                return Math.min(maxNs, (i + 1) * BUCKET_NS);
            }
        }
        return maxNs;
    }

    public Snapshot snapshot() {
        return new Snapshot(ticks, late, overruns, lateThresholdNs, meanNs(), percentileNs(0.5), percentileNs(0.9),
                percentileNs(0.99), percentileNs(0.999), maxNs);
    }

    /** Lateness figures of a run, nanoseconds. */
    public record Snapshot(long ticks, long lateTicks, long overruns, long lateThresholdNs, double meanNs, long p50Ns,
            long p90Ns, long p99Ns, long p999Ns, long maxNs) {}
}
