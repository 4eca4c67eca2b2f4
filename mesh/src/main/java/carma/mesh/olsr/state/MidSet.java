package carma.mesh.olsr.state;

import carma.mesh.olsr.NodeAddress;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/** The interface association set (RFC 3626 §4.1): interface address → main address, I_time. */
public final class MidSet {

    /** I_main_addr and I_time of one alias. */
    public record Alias(NodeAddress mainAddress, long expiryNs) {
    }

    private final TreeMap<NodeAddress, Alias> aliases = new TreeMap<>();

    /** Adds or refreshes an alias; returns true if the mapping is new or changed main address. */
    public boolean put(NodeAddress interfaceAddress, NodeAddress main, long expiryNs) {
        Alias old = aliases.put(interfaceAddress, new Alias(main, expiryNs));
        return old == null || !old.mainAddress().equals(main);
    }

    /** The main address of an interface address; the address itself if no alias is known. */
    public NodeAddress mainAddress(NodeAddress interfaceAddress) {
        Alias a = aliases.get(interfaceAddress);
        return a == null ? interfaceAddress : a.mainAddress();
    }

    public boolean expire(long nowNs) {
        return aliases.values().removeIf(a -> a.expiryNs() < nowNs);
    }

    public long nextExpiryNs() {
        return aliases.values().stream().mapToLong(a -> a.expiryNs() + 1).min().orElse(Long.MAX_VALUE);
    }

    public SortedMap<NodeAddress, Alias> all() {
        return Collections.unmodifiableSortedMap(aliases);
    }
}
