package carma.kernel.queueing;

import carma.kernel.trace.TraceRecord;

/** A customer leaving a validation queue (published at its departure time). */
public record QueueCustomer(long timeNs, String queue, long customer, long arrivalNs, long serviceStartNs,
        long waitNs) implements TraceRecord {}
