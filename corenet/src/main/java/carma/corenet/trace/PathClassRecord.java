package carma.corenet.trace;

import carma.corenet.diffserv.Psc;
import carma.kernel.trace.TraceRecord;

/**
 * Packets of one class from one edge router to another over the last sample interval: delivered,
 * their mean core delay (queueing, transmission, propagation) and queueing, and the drops by reason.
 */
public record PathClassRecord(long timeNs, String source, String destination, Psc psc, long delivered,
        double meanDelayMs, double meanQueueingMs, long droppedRed, long droppedPolicer, long droppedBuffer,
        long droppedNoLsp) implements TraceRecord {}
