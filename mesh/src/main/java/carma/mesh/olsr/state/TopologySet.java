package carma.mesh.olsr.state;

import carma.mesh.olsr.NodeAddress;
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
    /** A lower bound of every tuple's expiry (exact after each {@link #expire} scan). */
    private long minExpiryNs = Long.MAX_VALUE;

    /**
     * Applies a TC from {@code originator} (RFC 3626 §9.5 steps 2-4). Returns
     * {@link TcOutcome#IGNORED_OLD} if a newer ANSN is already known, {@link TcOutcome#CHANGED} if an
     * edge appeared, disappeared or changed cost, {@link TcOutcome#REFRESHED} otherwise.
     */
    public TcOutcome onTc(NodeAddress originator, int ansn, List<Advertised> advertised, long expiryNs) {
        TreeMap<NodeAddress, TopologyTuple> edges = byLastHop.computeIfAbsent(originator, k -> new TreeMap<>());
        for (TopologyTuple t : edges.values()) {
            if (SequenceNumbers.isNewer(t.ansn(), ansn)) {
                return TcOutcome.IGNORED_OLD;
            }
        }
        boolean changed = edges.values().removeIf(t -> SequenceNumbers.isNewer(ansn, t.ansn()));
        minExpiryNs = Math.min(minExpiryNs, expiryNs);
        for (Advertised a : advertised) {
            TopologyTuple old = edges.put(a.destination(),
                    new TopologyTuple(originator, a.destination(), ansn, a.cost(), expiryNs));
            changed |= old == null || Double.compare(old.cost(), a.cost()) != 0;
        }
        if (edges.isEmpty()) {
            byLastHop.remove(originator);
        }
        return changed ? TcOutcome.CHANGED : TcOutcome.REFRESHED;
    }

    /** Result of applying a TC. */
    public enum TcOutcome { IGNORED_OLD, REFRESHED, CHANGED }

    /** Removes expired tuples; scans only when the earliest expiry may have passed. */
    public boolean expire(long nowNs) {
        if (minExpiryNs >= nowNs) {
            return false;
        }
        boolean changed = false;
        long min = Long.MAX_VALUE;
        for (var it = byLastHop.values().iterator(); it.hasNext(); ) {
            TreeMap<NodeAddress, TopologyTuple> m = it.next();
            changed |= m.values().removeIf(t -> t.expiryNs() < nowNs);
            for (TopologyTuple t : m.values()) {
                min = Math.min(min, t.expiryNs());
            }
            if (m.isEmpty()) {
                it.remove();
            }
        }
        minExpiryNs = min;
        return changed;
    }

    /** A time at or before the first expiry (conservative: the agent may wake up for nothing). */
    public long nextExpiryNs() {
        return minExpiryNs == Long.MAX_VALUE ? Long.MAX_VALUE : minExpiryNs + 1;
    }

    /** Number of tuples. */
    public int size() {
        int n = 0;
        for (TreeMap<NodeAddress, TopologyTuple> m : byLastHop.values()) {
            n += m.size();
        }
        return n;
    }

    /** Visits all tuples ordered by last hop then destination, without copying. */
    public void forEach(java.util.function.Consumer<TopologyTuple> visitor) {
        byLastHop.values().forEach(m -> m.values().forEach(visitor));
    }

    /** All tuples ordered by last hop then destination. */
    public List<TopologyTuple> all() {
        List<TopologyTuple> out = new ArrayList<>();
        byLastHop.values().forEach(m -> out.addAll(m.values()));
        return Collections.unmodifiableList(out);
    }
}
