package carma.ran.trace;

import carma.kernel.trace.TraceRecord;

/** Per user over the whole run (published at the end): throughput, delay, loss. */
public record UserStatsRecord(long timeNs, int user, String service, double throughputBps, double meanDelayMs,
        long forwardedPackets, long discardedPackets) implements TraceRecord {}
