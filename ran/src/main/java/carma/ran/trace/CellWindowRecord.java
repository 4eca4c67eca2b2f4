package carma.ran.trace;

import carma.kernel.trace.TraceRecord;

/** One cell over one 20 ms window (10 HSDPA TTIs): requests, accepted, rejected, resources assigned. */
public record CellWindowRecord(long timeNs, int cell, int requested, int accepted, int rejected, int resources)
        implements TraceRecord {}
