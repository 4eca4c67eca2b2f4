package carma.olsr.state;

import carma.olsr.NodeAddress;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.ObjIntConsumer;

/**
 * The neighbour set (RFC 3626 §4.3.1): main address to willingness and symmetric status. The status
 * is derived from the link set by {@link #rebuild}.
 */
public final class NeighborSet {

    /** N_willingness and N_status of one neighbour. */
    public record Neighbor(NodeAddress mainAddress, int willingness, boolean symmetric) {
    }

    private final TreeMap<NodeAddress, Integer> willingness = new TreeMap<>();
    private TreeMap<NodeAddress, Neighbor> neighbors = new TreeMap<>();
    private long willingnessVersion;
    // what the last rebuild saw: it needs repeating only when one of these moved on
    private long builtLinksVersion = -1;
    private long builtMidVersion = -1;
    private long builtWillingnessVersion = -1;
    private long nextSymmetryLossNs = Long.MIN_VALUE;
    private long version;

    /** Counts the rebuilds that changed the set. */
    public long version() {
        return version;
    }

    public void setWillingness(NodeAddress main, int value) {
        Integer old = willingness.put(main, value);
        if (old == null || old != value) {
            willingnessVersion++;
        }
    }

    /**
     * Recomputes the set from the link set: a neighbour exists while it has a link tuple and is
     * symmetric while one of its links is symmetric (RFC 3626 §8.1). Returns true if anything changed.
     * The work is skipped when neither the link set, the MID set nor a willingness changed and no
     * symmetric link has lost its symmetry by the passage of time since the last rebuild: the
     * result would be the same.
     */
    public boolean rebuild(LinkSet links, MidSet mid, long nowNs) {
        if (links.version() == builtLinksVersion && mid.version() == builtMidVersion
                && willingnessVersion == builtWillingnessVersion && nowNs < nextSymmetryLossNs) {
            return false;
        }
        TreeMap<NodeAddress, Neighbor> next = new TreeMap<>();
        long loss = Long.MAX_VALUE;
        for (LinkTuple l : links.all()) {
            NodeAddress main = mid.mainAddress(l.neighborInterface());
            boolean linkSym = l.isSymmetric(nowNs);
            if (linkSym) {
                loss = Math.min(loss, l.symTimeNs() + 1);
            }
            Neighbor before = next.get(main);
            boolean sym = linkSym || (before != null && before.symmetric());
            next.put(main, new Neighbor(main, willingness.getOrDefault(main, 3), sym));
        }
        if (willingness.keySet().retainAll(next.keySet())) {
            willingnessVersion++;
        }
        builtLinksVersion = links.version();
        builtMidVersion = mid.version();
        builtWillingnessVersion = willingnessVersion;
        nextSymmetryLossNs = loss;
        boolean changed = !next.equals(neighbors);
        neighbors = next;
        if (changed) {
            version++;
        }
        return changed;
    }

    public boolean isSymmetric(NodeAddress main) {
        Neighbor n = neighbors.get(main);
        return n != null && n.symmetric();
    }

    public Neighbor get(NodeAddress main) {
        return neighbors.get(main);
    }

    /** Symmetric neighbours by main address, with willingness, in address order. */
    public SortedMap<NodeAddress, Integer> symmetricWillingness() {
        TreeMap<NodeAddress, Integer> out = new TreeMap<>();
        neighbors.values().stream().filter(Neighbor::symmetric)
                .forEach(n -> out.put(n.mainAddress(), n.willingness()));
        return Collections.unmodifiableSortedMap(out);
    }

    /** Visits the symmetric neighbours in address order with their willingness, without copying. */
    public void forEachSymmetric(ObjIntConsumer<NodeAddress> visitor) {
        for (Neighbor n : neighbors.values()) {
            if (n.symmetric()) {
                visitor.accept(n.mainAddress(), n.willingness());
            }
        }
    }

    public SortedMap<NodeAddress, Neighbor> all() {
        return Collections.unmodifiableSortedMap(neighbors);
    }
}
