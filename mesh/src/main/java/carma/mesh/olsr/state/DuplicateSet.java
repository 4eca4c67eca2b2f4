package carma.mesh.olsr.state;

import carma.mesh.olsr.NodeAddress;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;

/**
 * The duplicate set (RFC 3626 §3.4): (originator, message sequence number) with D_retransmitted and
 * D_time. With a single interface, D_iface_list reduces to "received here". Entries are created
 * once with D_time = now + DUP_HOLD_TIME, so they expire in creation order: a FIFO expires them in
 * O(1) per entry.
 */
public final class DuplicateSet {

    /** D_retransmitted and D_time of one entry. */
    public record Entry(boolean retransmitted, long expiryNs) {
    }

    private record Key(NodeAddress originator, int sequenceNumber) {
    }

    private record Timed(Key key, long expiryNs) {
    }

    private final Map<Key, Entry> entries = new HashMap<>();
    private final ArrayDeque<Timed> byExpiry = new ArrayDeque<>();

    public Entry find(NodeAddress originator, int sequenceNumber) {
        return entries.get(new Key(originator, sequenceNumber));
    }

    /** Records a message; expiry times must not decrease from one call to the next. */
    public void record(NodeAddress originator, int sequenceNumber, boolean retransmitted, long expiryNs) {
        if (!byExpiry.isEmpty() && byExpiry.peekLast().expiryNs() > expiryNs) {
            throw new IllegalArgumentException("duplicate entries must be recorded in expiry order");
        }
        Key key = new Key(originator, sequenceNumber);
        entries.put(key, new Entry(retransmitted, expiryNs));
        byExpiry.addLast(new Timed(key, expiryNs));
    }

    public void expire(long nowNs) {
        while (!byExpiry.isEmpty() && byExpiry.peekFirst().expiryNs() < nowNs) {
            Timed t = byExpiry.pollFirst();
            Entry e = entries.get(t.key());
            if (e != null && e.expiryNs() == t.expiryNs()) {
                entries.remove(t.key());
            }
        }
    }

    public int size() {
        return entries.size();
    }
}
