package carma.mesh.olsr.state;

import carma.mesh.olsr.NodeAddress;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/** The MPR selector set (RFC 3626 §4.3.4): neighbours that chose this node as MPR, with MS_time. */
public final class MprSelectorSet {

    private final TreeMap<NodeAddress, Long> expiryNs = new TreeMap<>();

    /** Adds or refreshes; returns true if the selector is new. */
    public boolean put(NodeAddress selector, long untilNs) {
        return expiryNs.put(selector, untilNs) == null;
    }

    public boolean remove(NodeAddress selector) {
        return expiryNs.remove(selector) != null;
    }

    public boolean contains(NodeAddress selector) {
        return expiryNs.containsKey(selector);
    }

    public boolean expire(long nowNs) {
        return expiryNs.values().removeIf(t -> t < nowNs);
    }

    public long nextExpiryNs() {
        return expiryNs.values().stream().mapToLong(t -> t + 1).min().orElse(Long.MAX_VALUE);
    }

    /** Keeps only selectors that are still symmetric neighbours; returns true if any was removed. */
    public boolean retainSymmetric(NeighborSet neighbors) {
        return expiryNs.keySet().removeIf(a -> !neighbors.isSymmetric(a));
    }

    public SortedSet<NodeAddress> selectors() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(expiryNs.keySet()));
    }
}
