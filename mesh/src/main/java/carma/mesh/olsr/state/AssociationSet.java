package carma.mesh.olsr.state;

import carma.mesh.olsr.Ipv4Prefix;
import carma.mesh.olsr.NodeAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
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

    /** Adds or refreshes; returns true if new. */
    public boolean put(NodeAddress gateway, Ipv4Prefix network, long expiryNs) {
        Association old = tuples.put(new Key(gateway, network), new Association(gateway, network, expiryNs));
        return old == null || !Objects.equals(old.network(), network);
    }

    public boolean expire(long nowNs) {
        return tuples.values().removeIf(a -> a.expiryNs() < nowNs);
    }

    public long nextExpiryNs() {
        return tuples.values().stream().mapToLong(a -> a.expiryNs() + 1).min().orElse(Long.MAX_VALUE);
    }

    public List<Association> all() {
        return Collections.unmodifiableList(new ArrayList<>(tuples.values()));
    }
}
