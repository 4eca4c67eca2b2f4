package carma.kernel.trace;

/**
 * An immutable observation published on the {@link TraceBus}. Implementations are records; their
 * components become the columns of the trace's CSV file (named after the record type).
 */
public interface TraceRecord {
    /** Simulated time of the observation, in nanoseconds. */
    long timeNs();
}
