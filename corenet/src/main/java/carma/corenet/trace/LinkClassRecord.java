package carma.corenet.trace;

import carma.corenet.diffserv.Psc;
import carma.kernel.trace.TraceRecord;

/**
 * One class queue of one link over the last sample interval: queue length at the sample, throughput,
 * packets sent, dropped by (W)RED and by a full buffer, mean queueing delay of the packets sent.
 */
public record LinkClassRecord(long timeNs, String link, Psc psc, int queuePackets, double throughputBps,
        long sentPackets, long droppedRed, long droppedBuffer, double meanQueueingMs) implements TraceRecord {}
