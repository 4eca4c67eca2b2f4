package carma.olsr.state;

import carma.olsr.NodeAddress;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/** The interface association set (RFC 3626 §4.1): interface address → main address, I_time. */
public final class MidSet {

    /** I_main_addr and I_time of one alias. */
    public record Alias(NodeAddress mainAddress, long expiryNs) {
    }

    private final TreeMap<NodeAddress, Alias> aliases = new TreeMap<>();
    private long version;

    /** Adds or refreshes an alias; returns true if the mapping is new or changed main address. */
    public boolean put(NodeAddress interfaceAddress, NodeAddress main, long expiryNs) {
        Alias old = aliases.put(interfaceAddress, new Alias(main, expiryNs));
        boolean changed = old == null || !old.mainAddress().equals(main);
        if (changed) {
            version++;
        }
        return changed;
    }

    /** Counts the changes of the mapping (new, moved or expired aliases); refreshes do not count. */
    public long version() {
        return version;
    }

    /** The main address of an interface address; the address itself if no alias is known. */
    public NodeAddress mainAddress(NodeAddress interfaceAddress) {
        Alias a = aliases.get(interfaceAddress);
        return a == null ? interfaceAddress : a.mainAddress();
    }

    public boolean expire(long nowNs) {
        if (aliases.isEmpty()) {
            return false;
        }
        boolean removed = aliases.values().removeIf(a -> a.expiryNs() < nowNs);
        if (removed) {
            version++;
        }
        return removed;
    }

    public long nextExpiryNs() {
        long next = Long.MAX_VALUE;
        if (aliases.isEmpty()) {
            return next;
        }
        for (Alias a : aliases.values()) {
            next = Math.min(next, a.expiryNs() + 1);
        }
        return next;
    }

    public SortedMap<NodeAddress, Alias> all() {
        return Collections.unmodifiableSortedMap(aliases);
    }
}
