package carma.mesh.measure;

/**
 * Whole-run statistics of one flow.
 *
 * @param sent packets the source emitted (incl. retransmissions for transport flows)
 * @param received distinct packets that reached the destination
 * @param lossFraction 1 - received / sent (for a transport flow: its retransmission ratio)
 * @param goodputBps new in-order application bytes over the active period
 */
public record FlowSummary(String flow, long sent, long received, double lossFraction, double meanDelayMs,
        double p95DelayMs, double maxDelayMs, double jitterMs, double goodputBps) {}
