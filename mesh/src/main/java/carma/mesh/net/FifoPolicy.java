package carma.mesh.net;

import java.util.List;

/**
 * The baseline: one drop-tail FIFO per node across all flows (a Linux pfifo of
 * {@code capacityPackets}), served in arrival order over the single best next hop.
 */
public final class FifoPolicy implements SchedulingPolicy {
    private final int capacityPackets;

    public FifoPolicy(int capacityPackets) {
        if (capacityPackets < 1) {
            throw new IllegalArgumentException("FIFO capacity must be >= 1");
        }
        this.capacityPackets = capacityPackets;
    }

    @Override
    public DropReason admit(int node, Packet packet, NodeQueues queues, long nowNs) {
        return queues.total() < capacityPackets ? null : DropReason.QUEUE_FULL;
    }

    @Override
    public Decision select(int node, NodeQueues queues, NextHops hops, long nowNs) {
        FlowId f = queues.oldestHeadFlow();
        if (f == null) {
            return null;
        }
        Packet p = queues.pollHead(f).packet();
        List<NextHop> c = hops.candidates(node, p);
        if (c.isEmpty()) {
            return new Decision.Drop(p, DropReason.NO_ROUTE);
        }
        return new Decision.Send(p, c.get(0).node(), 0);
    }
}
