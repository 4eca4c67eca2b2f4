package carma.mesh.net;

import java.util.List;

/**
 * Per-node queueing discipline: admits packets into the node's per-flow queues and picks the next
 * one for the MAC. The network owns the queues, the MAC hand-off and the bookkeeping.
 */
public interface SchedulingPolicy {
    /** Where a queued packet may go next from a node. */
    @FunctionalInterface
    interface NextHops {
        List<NextHop> candidates(int node, Packet packet);
    }

    /** Null if {@code packet} may join the queues of {@code node}, else why it is dropped. */
    DropReason admit(int node, Packet packet, NodeQueues queues, long nowNs);

    /** The next decision for {@code node}, or null to stay silent for now. */
    Decision select(int node, NodeQueues queues, NextHops hops, long nowNs);
}
