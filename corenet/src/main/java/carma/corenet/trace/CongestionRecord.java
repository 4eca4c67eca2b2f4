package carma.corenet.trace;

import carma.kernel.trace.TraceRecord;

/**
 * A link's congestion state changed at a measurement poll: utilisation (all classes) and the EF+AF4
 * loss ratio over the measurement window.
 */
public record CongestionRecord(long timeNs, String link, double utilisation, double priorityLossRatio,
        boolean congested) implements TraceRecord {}
