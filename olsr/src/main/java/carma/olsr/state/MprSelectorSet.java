package carma.olsr.state;

import carma.olsr.NodeAddress;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/** The MPR selector set (RFC 3626 §4.3.4): neighbours that chose this node as MPR, with MS_time. */
public final class MprSelectorSet {

    private final TreeMap<NodeAddress, Long> expiryNs = new TreeMap<>();
    /** A lower bound of every selector's expiry (exact after each scan). */
    private long minExpiryNs = Long.MAX_VALUE;
    /** Whether a selector was added since the last symmetry check, and the neighbour set it saw. */
    private boolean unchecked;
    private long checkedNeighborsVersion = -1;

    /** Adds or refreshes; returns true if the selector is new. */
    public boolean put(NodeAddress selector, long untilNs) {
        minExpiryNs = Math.min(minExpiryNs, untilNs);
        boolean added = expiryNs.put(selector, untilNs) == null;
        unchecked |= added;
        return added;
    }

    public boolean remove(NodeAddress selector) {
        return expiryNs.remove(selector) != null;
    }

    public boolean contains(NodeAddress selector) {
        return expiryNs.containsKey(selector);
    }

    public boolean expire(long nowNs) {
        if (minExpiryNs >= nowNs) {
            return false;
        }
        boolean removed = false;
        long min = Long.MAX_VALUE;
        for (var it = expiryNs.values().iterator(); it.hasNext(); ) {
            long t = it.next();
            if (t < nowNs) {
                it.remove();
                removed = true;
            } else {
                min = Math.min(min, t);
            }
        }
        minExpiryNs = min;
        return removed;
    }

    /** A time at or before the first expiry (conservative). */
    public long nextExpiryNs() {
        return minExpiryNs == Long.MAX_VALUE ? Long.MAX_VALUE : minExpiryNs + 1;
    }

    /**
     * Keeps only selectors that are still symmetric neighbours; returns true if any was removed.
     * Checks only when a selector was added or the neighbour set changed since the last check.
     */
    public boolean retainSymmetric(NeighborSet neighbors) {
        if (!unchecked && neighbors.version() == checkedNeighborsVersion) {
            return false;
        }
        unchecked = false;
        checkedNeighborsVersion = neighbors.version();
        boolean removed = false;
        for (var it = expiryNs.keySet().iterator(); it.hasNext(); ) {
            if (!neighbors.isSymmetric(it.next())) {
                it.remove();
                removed = true;
            }
        }
        return removed;
    }

    public SortedSet<NodeAddress> selectors() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(expiryNs.keySet()));
    }
}
