package carma.ran.trace;

import carma.kernel.trace.TraceRecord;

/**
 * Load of one cell over the last statistics interval: attached users with an active session,
 * served rate, share of the radio resource used (HSDPA codes, GERAN timeslots, WLAN airtime) out
 * of what the cell offered in every scheduling interval of the statistics interval, backlog or not,
 * transmission requests and how many were accepted or rejected by the scheduler, and the rate
 * booked by admission control relative to the nominal capacity.
 */
public record CellLoadRecord(long timeNs, int cell, String technology, int activeUsers, double servedRateBps,
        double resourceUtilisation, long requests, long accepted, long rejected, double admittedLoad)
        implements TraceRecord {}
