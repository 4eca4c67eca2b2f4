package carma.kernel.time;

/**
 * A point in simulated time, in nanoseconds since the start of the run. Hot paths use the raw
 * {@code long}; this record is for APIs and records where the unit must be unmistakable.
 */
public record SimTime(long nanos) implements Comparable<SimTime> {
    public static final long NANOS_PER_MICRO = 1_000L;
    public static final long NANOS_PER_MILLI = 1_000_000L;
    public static final long NANOS_PER_SECOND = 1_000_000_000L;
    public static final SimTime ZERO = new SimTime(0);

    public SimTime {
        if (nanos < 0) {
            throw new IllegalArgumentException("simulated time cannot be negative: " + nanos + " ns");
        }
    }

    public static SimTime ofSeconds(double seconds) {
        return new SimTime(nanosOfSeconds(seconds));
    }

    public static SimTime ofMillis(long millis) {
        return new SimTime(Math.multiplyExact(millis, NANOS_PER_MILLI));
    }

    /** Rounds to the nearest nanosecond; rejects NaN, infinities and values beyond ~292 years. */
    public static long nanosOfSeconds(double seconds) {
        if (!Double.isFinite(seconds) || Math.abs(seconds) > 9.2e9) {
            throw new IllegalArgumentException("not a representable duration: " + seconds + " s");
        }
        return Math.round(seconds * NANOS_PER_SECOND);
    }

    public static double secondsOf(long nanos) {
        return nanos / (double) NANOS_PER_SECOND;
    }

    public double seconds() {
        return secondsOf(nanos);
    }

    public SimTime plus(Duration d) {
        return new SimTime(Math.addExact(nanos, d.nanos()));
    }

    @Override
    public int compareTo(SimTime o) {
        return Long.compare(nanos, o.nanos);
    }

    @Override
    public String toString() {
        return seconds() + " s";
    }
}
