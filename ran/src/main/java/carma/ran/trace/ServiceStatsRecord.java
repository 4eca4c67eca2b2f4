package carma.ran.trace;

import carma.kernel.trace.TraceRecord;

/** Per QoS class over the last statistics interval: sessions, throughput, packet delay and loss. */
public record ServiceStatsRecord(long timeNs, String qosClass, int activeSessions, double throughputBps,
        double meanDelayMs, long forwardedPackets, long discardedPackets) implements TraceRecord {}
