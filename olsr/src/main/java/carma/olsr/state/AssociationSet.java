package carma.olsr.state;

import carma.olsr.Ipv4Prefix;
import carma.olsr.NodeAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeMap;

/** The host and network association set (RFC 3626 §12.2): gateway, network, A_time. */
public final class AssociationSet {

    /** One association tuple. */
    public record Association(NodeAddress gateway, Ipv4Prefix network, long expiryNs) {
    }

    private record Key(NodeAddress gateway, Ipv4Prefix network) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            int c = gateway.compareTo(o.gateway);
            return c != 0 ? c : network.compareTo(o.network);
        }
    }

    private final TreeMap<Key, Association> tuples = new TreeMap<>();
    private long version;

    /** Adds or refreshes; returns true if new. */
    public boolean put(NodeAddress gateway, Ipv4Prefix network, long expiryNs) {
        Association old = tuples.put(new Key(gateway, network), new Association(gateway, network, expiryNs));
        boolean added = old == null;
        if (added) {
            version++;
        }
        return added;
    }

    /** Counts additions and expiries of tuples; refreshes do not count. */
    public long version() {
        return version;
    }

    public boolean expire(long nowNs) {
        if (tuples.isEmpty()) {
            return false;
        }
        boolean removed = tuples.values().removeIf(a -> a.expiryNs() < nowNs);
        if (removed) {
            version++;
        }
        return removed;
    }

    /** Whether some gateway announces this network. */
    public boolean announces(Ipv4Prefix network) {
        for (Key k : tuples.keySet()) {
            if (k.network().equals(network)) {
                return true;
            }
        }
        return false;
    }

    public long nextExpiryNs() {
        long next = Long.MAX_VALUE;
        if (tuples.isEmpty()) {
            return next;
        }
        for (Association a : tuples.values()) {
            next = Math.min(next, a.expiryNs() + 1);
        }
        return next;
    }

    public List<Association> all() {
        return Collections.unmodifiableList(new ArrayList<>(tuples.values()));
    }
}
