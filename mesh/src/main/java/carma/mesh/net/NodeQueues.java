package carma.mesh.net;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Per-flow packet queues of one node (shared machinery of every scheduling policy): FIFO within a
 * flow, arrival order kept across flows so that a FIFO policy can serve the oldest head.
 */
public final class NodeQueues {
    /** A queued packet with its arrival order and time at this node. */
    public record Queued(Packet packet, long arrivalOrder, long enqueuedNs) {}

    private final Map<FlowId, ArrayDeque<Queued>> byFlow = new LinkedHashMap<>();
    private long arrivals;
    private int total;

    public void add(Packet p, long nowNs) {
        byFlow.computeIfAbsent(p.flow(), k -> new ArrayDeque<>()).addLast(new Queued(p, arrivals++, nowNs));
        total++;
    }

    public int total() {
        return total;
    }

    public int size(FlowId flow) {
        ArrayDeque<Queued> q = byFlow.get(flow);
        return q == null ? 0 : q.size();
    }

    public Queued head(FlowId flow) {
        ArrayDeque<Queued> q = byFlow.get(flow);
        return q == null ? null : q.peekFirst();
    }

    public Queued pollHead(FlowId flow) {
        Queued h = byFlow.get(flow).pollFirst();
        total--;
        return h;
    }

    /** Flows present at this node (deterministic order: first arrival). */
    public Collection<FlowId> flows() {
        return byFlow.keySet();
    }

    /** The flow whose head packet arrived first, or null. */
    public FlowId oldestHeadFlow() {
        FlowId best = null;
        long bestOrder = Long.MAX_VALUE;
        for (Map.Entry<FlowId, ArrayDeque<Queued>> e : byFlow.entrySet()) {
            Queued h = e.getValue().peekFirst();
            if (h != null && h.arrivalOrder() < bestOrder) {
                best = e.getKey();
                bestOrder = h.arrivalOrder();
            }
        }
        return best;
    }
}
