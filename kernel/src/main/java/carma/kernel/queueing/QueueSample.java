package carma.kernel.queueing;

import carma.kernel.trace.TraceRecord;

/** The state of a validation queue at a sampling instant. */
public record QueueSample(long timeNs, String queue, int inSystem, int waiting) implements TraceRecord {}
