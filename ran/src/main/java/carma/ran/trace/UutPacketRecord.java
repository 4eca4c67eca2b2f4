package carma.ran.trace;

import carma.kernel.trace.TraceRecord;

/** Fate of one packet of the user under test: forwarded at {@code timeNs} after {@code delayMs}, or discarded. */
public record UutPacketRecord(long timeNs, long packetId, boolean forwarded, double delayMs, String reason)
        implements TraceRecord {}
