package carma.mesh.olsr.state;

import carma.mesh.olsr.NodeAddress;
import java.util.HashMap;
import java.util.Map;

/**
 * The duplicate set (RFC 3626 §3.4): (originator, message sequence number) with D_retransmitted and
 * D_time. With a single interface, D_iface_list reduces to "received here".
 */
public final class DuplicateSet {

    /** D_retransmitted and D_time of one entry. */
    public record Entry(boolean retransmitted, long expiryNs) {
    }

    private record Key(NodeAddress originator, int sequenceNumber) {
    }

    private final Map<Key, Entry> entries = new HashMap<>();
    private long nextExpiryNs = Long.MAX_VALUE;

    public Entry find(NodeAddress originator, int sequenceNumber) {
        return entries.get(new Key(originator, sequenceNumber));
    }

    public void record(NodeAddress originator, int sequenceNumber, boolean retransmitted, long expiryNs) {
        entries.put(new Key(originator, sequenceNumber), new Entry(retransmitted, expiryNs));
        nextExpiryNs = Math.min(nextExpiryNs, expiryNs + 1);
    }

    /** Removes expired entries; the order of removal does not matter. */
    public void expire(long nowNs) {
        if (nowNs < nextExpiryNs) {
            return;
        }
        entries.values().removeIf(e -> e.expiryNs() < nowNs);
        nextExpiryNs = entries.values().stream().mapToLong(e -> e.expiryNs() + 1).min().orElse(Long.MAX_VALUE);
    }

    public int size() {
        return entries.size();
    }
}
