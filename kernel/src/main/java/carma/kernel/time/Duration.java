package carma.kernel.time;

/** A non-negative span of simulated time in nanoseconds. */
public record Duration(long nanos) implements Comparable<Duration> {
    public static final Duration ZERO = new Duration(0);

    public Duration {
        if (nanos < 0) {
            throw new IllegalArgumentException("duration cannot be negative: " + nanos + " ns");
        }
    }

    public static Duration ofSeconds(double seconds) {
        return new Duration(SimTime.nanosOfSeconds(seconds));
    }

    public static Duration ofMillis(long millis) {
        return new Duration(Math.multiplyExact(millis, SimTime.NANOS_PER_MILLI));
    }

    public double seconds() {
        return SimTime.secondsOf(nanos);
    }

    public double millis() {
        return nanos / (double) SimTime.NANOS_PER_MILLI;
    }

    @Override
    public int compareTo(Duration o) {
        return Long.compare(nanos, o.nanos);
    }

    @Override
    public String toString() {
        return seconds() + " s";
    }
}
