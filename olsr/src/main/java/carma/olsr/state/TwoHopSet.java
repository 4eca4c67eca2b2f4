package carma.olsr.state;

import carma.olsr.NodeAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The 2-hop neighbour set (RFC 3626 §4.3.2) with, in link-quality mode, the cost of the link from
 * the 1-hop neighbour to the 2-hop neighbour as advertised in its LQ_HELLO.
 */
public final class TwoHopSet {

    /** N_neighbor_main_addr, N_2hop_addr, cost of the link between them, N_time. */
    public record TwoHopTuple(NodeAddress neighbor, NodeAddress twoHop, double cost, long expiryNs) {
    }

    private final TreeMap<NodeAddress, TreeMap<NodeAddress, TwoHopTuple>> byNeighbor = new TreeMap<>();
    private EdgeListener listener = EdgeListener.NONE;
    private final ExpiryQueue<NodeAddress> expiries = new ExpiryQueue<>();
    private boolean expiredAny;
    private long scanNowNs;
    private final Consumer<NodeAddress> scanNeighbor = this::scan;

    /** Registers the one listener told of every edge change (replaces the previous one). */
    public void setListener(EdgeListener l) {
        this.listener = l;
    }

    /** Adds or refreshes a tuple; returns true if it is new or its cost changed. */
    public boolean put(NodeAddress neighbor, NodeAddress twoHop, double cost, long expiryNs) {
        expiries.schedule(neighbor, expiryNs);
        TreeMap<NodeAddress, TwoHopTuple> m = byNeighbor.get(neighbor);
        if (m == null) {
            m = new TreeMap<>();
            byNeighbor.put(neighbor, m);
        }
        TwoHopTuple old = m.put(twoHop, new TwoHopTuple(neighbor, twoHop, cost, expiryNs));
        boolean changed = old == null || Double.compare(old.cost(), cost) != 0;
        if (changed) {
            listener.edgeSet(neighbor, twoHop, cost);
        }
        return changed;
    }

    public boolean remove(NodeAddress neighbor, NodeAddress twoHop) {
        TreeMap<NodeAddress, TwoHopTuple> m = byNeighbor.get(neighbor);
        if (m == null || m.remove(twoHop) == null) {
            return false;
        }
        listener.edgeRemoved(neighbor, twoHop);
        if (m.isEmpty()) {
            byNeighbor.remove(neighbor);
        }
        return true;
    }

    /** Removes all tuples through a neighbour (it is no longer symmetric). */
    public boolean removeNeighbor(NodeAddress neighbor) {
        TreeMap<NodeAddress, TwoHopTuple> m = byNeighbor.remove(neighbor);
        if (m == null) {
            return false;
        }
        for (NodeAddress twoHop : m.keySet()) {
            listener.edgeRemoved(neighbor, twoHop);
        }
        return true;
    }

    /**
     * Removes expired tuples; returns true if any was removed. Only neighbours with a tuple due are
     * scanned; each is then rescheduled at its earliest remaining expiry.
     */
    public boolean expire(long nowNs) {
        expiredAny = false;
        scanNowNs = nowNs;
        expiries.pollDue(nowNs, scanNeighbor);
        return expiredAny;
    }

    private void scan(NodeAddress neighbor) {
        TreeMap<NodeAddress, TwoHopTuple> m = byNeighbor.get(neighbor);
        if (m == null) {
            return;
        }
        long next = Long.MAX_VALUE;
        for (var tuples = m.values().iterator(); tuples.hasNext(); ) {
            TwoHopTuple t = tuples.next();
            if (t.expiryNs() < scanNowNs) {
                tuples.remove();
                listener.edgeRemoved(t.neighbor(), t.twoHop());
                expiredAny = true;
            } else {
                next = Math.min(next, t.expiryNs());
            }
        }
        if (m.isEmpty()) {
            byNeighbor.remove(neighbor);
        } else {
            expiries.schedule(neighbor, next);
        }
    }

    /** A time at or before the first expiry (conservative). */
    public long nextExpiryNs() {
        long first = expiries.firstNs();
        return first == Long.MAX_VALUE ? Long.MAX_VALUE : first + 1;
    }

    /** Number of tuples. */
    public int size() {
        int n = 0;
        for (TreeMap<NodeAddress, TwoHopTuple> m : byNeighbor.values()) {
            n += m.size();
        }
        return n;
    }

    /** Visits all tuples ordered by neighbour then 2-hop address, without copying. */
    public void forEach(Consumer<TwoHopTuple> visitor) {
        for (TreeMap<NodeAddress, TwoHopTuple> m : byNeighbor.values()) {
            for (TwoHopTuple t : m.values()) {
                visitor.accept(t);
            }
        }
    }

    /** All tuples, ordered by neighbour then 2-hop address. */
    public List<TwoHopTuple> all() {
        List<TwoHopTuple> out = new ArrayList<>();
        byNeighbor.values().forEach(m -> out.addAll(m.values()));
        return Collections.unmodifiableList(out);
    }
}
