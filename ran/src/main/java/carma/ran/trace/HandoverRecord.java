package carma.ran.trace;

import carma.kernel.trace.TraceRecord;

/** A handover: horizontal (same RAN) or vertical (another RAN, decided by CRRM). */
public record HandoverRecord(long timeNs, int user, boolean userUnderTest, int fromCell, int toCell,
        String fromTechnology, String toTechnology, boolean vertical) implements TraceRecord {}
