package carma.ran.trace;

import carma.kernel.trace.TraceRecord;

/**
 * QoS enforcement totals of one QoS class after the warm-up, published once at the end of a run:
 * packets discarded for exceeding the transfer delay, user-seconds with a tracked QoS (a delay
 * bound or a guaranteed bit rate), of them with the QoS unmet, and sessions dropped for it.
 */
public record QosStatsRecord(long timeNs, String qosClass, long expiredPackets, double trackedUserS,
        double unmetUserS, long qosDrops) implements TraceRecord {}
