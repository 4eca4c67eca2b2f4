package carma.ran.trace;

import carma.kernel.trace.TraceRecord;

/**
 * Mobility totals of a run after the warm-up, published once at its end: handovers, ping-pongs
 * (returns to the previous cell within {@code pingPongWindowS}), sessions dropped by
 * radio-link failure, and the exposure they are counted against: hours of active sessions and
 * kilometres travelled by users with an active session.
 */
public record MobilityStatsRecord(long timeNs, long horizontalHandovers, long verticalHandovers, long pingPongs,
        double pingPongWindowS, long radioLinkFailures, double activeUserHours, double distanceKm)
        implements TraceRecord {}
