package carma.mesh.measure;

import carma.kernel.trace.TraceRecord;

/** Outcome of one ICMP-echo-like probe (rttMs is NaN when unanswered within the timeout). */
public record PingResult(long timeNs, String probe, long seq, boolean answered, double rttMs, String gateway)
        implements TraceRecord {}
