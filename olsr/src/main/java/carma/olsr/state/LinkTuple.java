package carma.olsr.state;

import carma.olsr.NodeAddress;
import carma.olsr.lq.EtxFfEstimator;

/**
 * A link set entry (RFC 3626 §4.2.1) for the node's single OLSR interface, plus the etx_ff estimator
 * and the missed-HELLO timer of olsrd ({@code link_set.c}). Mutable; owned by {@link LinkSet}.
 */
public final class LinkTuple {

    private final NodeAddress neighborInterface;
    private final EtxFfEstimator estimator = new EtxFfEstimator();
    long symTimeNs;
    long asymTimeNs;
    long timeNs;
    long helloIntervalNs;
    long helloDeadlineNs;

    LinkTuple(NodeAddress neighborInterface, long nowNs) {
        this.neighborInterface = neighborInterface;
        this.symTimeNs = nowNs - 1;
    }

    public NodeAddress neighborInterface() {
        return neighborInterface;
    }

    public EtxFfEstimator estimator() {
        return estimator;
    }

    public boolean isSymmetric(long nowNs) {
        return symTimeNs >= nowNs;
    }

    public boolean isAsymmetric(long nowNs) {
        return !isSymmetric(nowNs) && asymTimeNs >= nowNs;
    }

    public long symTimeNs() {
        return symTimeNs;
    }

    public long asymTimeNs() {
        return asymTimeNs;
    }

    public long timeNs() {
        return timeNs;
    }

    public long helloIntervalNs() {
        return helloIntervalNs;
    }
}
