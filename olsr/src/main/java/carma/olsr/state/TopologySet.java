package carma.olsr.state;

import carma.olsr.NodeAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeMap;

/**
 * The topology set (RFC 3626 §4.4): edges (T_last_addr → T_dest_addr) learned from TC / LQ_TC, with
 * the originator's ANSN (T_seq), expiry (T_time) and, in link-quality mode, the ETX of the edge.
 */
public final class TopologySet {

    /** One topology tuple. */
    public record TopologyTuple(NodeAddress lastHop, NodeAddress destination, int ansn, double cost,
                                long expiryNs) {
    }

    /** One advertised neighbour of a TC as the logic hands it to {@link #onTc}. */
    public record Advertised(NodeAddress destination, double cost) {
    }

    private final TreeMap<NodeAddress, TreeMap<NodeAddress, TopologyTuple>> byLastHop = new TreeMap<>();
    private int tupleCount;
    private final ExpiryQueue<NodeAddress> expiries = new ExpiryQueue<>();
    private boolean expiredAny;
    private long scanNowNs;
    private final java.util.function.Consumer<NodeAddress> scanOriginator = this::scan;
    private EdgeListener listener = EdgeListener.NONE;

    /** Registers the one listener told of every edge change (replaces the previous one). */
    public void setListener(EdgeListener l) {
        this.listener = l;
    }

    /** A change of one edge's cost; infinity stands for "absent". */
    public record EdgeChange(NodeAddress from, NodeAddress to, double oldCost, double newCost) {
    }

    /**
     * Applies a TC from {@code originator} (RFC 3626 §9.5 steps 2-4). Returns
     * {@link TcOutcome#IGNORED_OLD} if a newer ANSN is already known, {@link TcOutcome#CHANGED} if an
     * edge appeared, disappeared or changed cost, {@link TcOutcome#REFRESHED} otherwise. Every
     * changed edge is appended to {@code changes} (unless it is null) and told to the listener.
     */
    public TcOutcome onTc(NodeAddress originator, int ansn, List<Advertised> advertised, long expiryNs,
                          List<EdgeChange> changes) {
        TreeMap<NodeAddress, TopologyTuple> edges = byLastHop.get(originator);
        if (edges == null) {
            edges = new TreeMap<>();
            byLastHop.put(originator, edges);
        }
        boolean anyOlder = false;
        for (TopologyTuple t : edges.values()) {
            if (SequenceNumbers.isNewer(t.ansn(), ansn)) {
                return TcOutcome.IGNORED_OLD;
            }
            anyOlder |= SequenceNumbers.isNewer(ansn, t.ansn());
        }
        boolean changed = false;
        int sizeBefore = edges.size();
        expiries.schedule(originator, expiryNs);
        // step 4 on the tuples re-advertised (an older tuple's cost counts as the old cost) ...
        for (Advertised a : advertised) {
            TopologyTuple old = edges.put(a.destination(),
                    new TopologyTuple(originator, a.destination(), ansn, a.cost(), expiryNs));
            double oldCost = old != null ? old.cost() : Double.POSITIVE_INFINITY;
            if (Double.compare(oldCost, a.cost()) != 0) {
                changed = true;
                if (changes != null) {
                    changes.add(new EdgeChange(originator, a.destination(), oldCost, a.cost()));
                }
                listener.edgeSet(originator, a.destination(), a.cost());
            }
        }
        // ... then step 3: tuples of an older ANSN that were not re-advertised go
        if (anyOlder) {
            for (var it = edges.values().iterator(); it.hasNext(); ) {
                TopologyTuple t = it.next();
                if (SequenceNumbers.isNewer(ansn, t.ansn())) {
                    it.remove();
                    changed = true;
                    if (changes != null) {
                        changes.add(new EdgeChange(originator, t.destination(), t.cost(), Double.POSITIVE_INFINITY));
                    }
                    listener.edgeRemoved(originator, t.destination());
                }
            }
        }
        tupleCount += edges.size() - sizeBefore;
        if (edges.isEmpty()) {
            byLastHop.remove(originator);
        }
        return changed ? TcOutcome.CHANGED : TcOutcome.REFRESHED;
    }

    /** Whether the edge from {@code from} to {@code to} is in the set. */
    public boolean contains(NodeAddress from, NodeAddress to) {
        TreeMap<NodeAddress, TopologyTuple> m = byLastHop.get(from);
        return m != null && m.containsKey(to);
    }

    /** Cost of the edge, or infinity if absent. */
    public double cost(NodeAddress from, NodeAddress to) {
        TreeMap<NodeAddress, TopologyTuple> m = byLastHop.get(from);
        TopologyTuple t = m == null ? null : m.get(to);
        return t == null ? Double.POSITIVE_INFINITY : t.cost();
    }

    /** Result of applying a TC. */
    public enum TcOutcome { IGNORED_OLD, REFRESHED, CHANGED }

    /**
     * Removes expired tuples. Only originators that have a tuple due are scanned; each is then
     * rescheduled at its earliest remaining expiry.
     */
    public boolean expire(long nowNs) {
        expiredAny = false;
        scanNowNs = nowNs;
        expiries.pollDue(nowNs, scanOriginator);
        return expiredAny;
    }

    private void scan(NodeAddress originator) {
        TreeMap<NodeAddress, TopologyTuple> m = byLastHop.get(originator);
        if (m == null) {
            return;
        }
        long next = Long.MAX_VALUE;
        for (var tuples = m.values().iterator(); tuples.hasNext(); ) {
            TopologyTuple t = tuples.next();
            if (t.expiryNs() < scanNowNs) {
                tuples.remove();
                tupleCount--;
                listener.edgeRemoved(t.lastHop(), t.destination());
                expiredAny = true;
            } else {
                next = Math.min(next, t.expiryNs());
            }
        }
        if (m.isEmpty()) {
            byLastHop.remove(originator);
        } else {
            expiries.schedule(originator, next);
        }
    }

    /** A time at or before the first expiry (conservative: the agent may wake up for nothing). */
    public long nextExpiryNs() {
        long first = expiries.firstNs();
        return first == Long.MAX_VALUE ? Long.MAX_VALUE : first + 1;
    }

    /** Number of tuples. */
    public int size() {
        return tupleCount;
    }

    /** Visits all tuples ordered by last hop then destination, without copying. */
    public void forEach(java.util.function.Consumer<TopologyTuple> visitor) {
        for (TreeMap<NodeAddress, TopologyTuple> m : byLastHop.values()) {
            for (TopologyTuple t : m.values()) {
                visitor.accept(t);
            }
        }
    }

    /** All tuples ordered by last hop then destination. */
    public List<TopologyTuple> all() {
        List<TopologyTuple> out = new ArrayList<>();
        byLastHop.values().forEach(m -> out.addAll(m.values()));
        return Collections.unmodifiableList(out);
    }
}
