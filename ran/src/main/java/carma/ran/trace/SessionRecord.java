package carma.ran.trace;

import carma.kernel.trace.TraceRecord;

/** A session-control event: activation accepted or rejected (blocked), modification, deactivation, dropping. */
public record SessionRecord(long timeNs, int user, String service, SessionEvent event, int cell, String reason)
        implements TraceRecord {
    public enum SessionEvent {
        ACCEPTED,
        REJECTED,
        MODIFIED,
        DEACTIVATED,
        DROPPED
    }
}
