package carma.olsr.state;

import java.util.HashMap;
import java.util.PriorityQueue;
import java.util.function.Consumer;

/**
 * When to look at which group of tuples again: at most one live entry per key (an originator, a
 * neighbour), holding a time at or before the earliest expiry in that group. A set scans only the
 * groups that are due instead of all its tuples, and reschedules a group at the earliest expiry
 * that remains.
 */
final class ExpiryQueue<K> {

    private record Entry<K>(long timeNs, K key) {
    }

    private final PriorityQueue<Entry<K>> heap = new PriorityQueue<>((a, b) -> Long.compare(a.timeNs, b.timeNs));
    private final HashMap<K, Long> scheduled = new HashMap<>();
    /** The key of the last {@link #schedule} call and a time it is scheduled at or before. */
    private K lastKey;
    private long lastTimeNs;

    /** Makes sure {@code key} is looked at no later than {@code timeNs}. */
    void schedule(K key, long timeNs) {
        if (key == lastKey && timeNs >= lastTimeNs) {
            return; // the common repeat: many tuples of one message, one group and expiry
        }
        lastKey = key;
        lastTimeNs = timeNs;
        Long at = scheduled.get(key);
        if (at == null || timeNs < at) {
            scheduled.put(key, timeNs);
            heap.add(new Entry<>(timeNs, key));
        }
    }

    /** Hands every key whose time is before {@code nowNs} to {@code due} (once), earliest first. */
    void pollDue(long nowNs, Consumer<K> due) {
        while (!heap.isEmpty() && heap.peek().timeNs() < nowNs) {
            Entry<K> e = heap.poll();
            Long at = scheduled.get(e.key());
            if (at != null && at == e.timeNs()) {
                scheduled.remove(e.key());
                if (e.key() == lastKey) {
                    lastKey = null;
                }
                due.accept(e.key());
            }
        }
    }

    /** A time at or before the earliest scheduled one; Long.MAX_VALUE if none. */
    long firstNs() {
        // stale entries (superseded by an earlier time) only make this earlier, never later
        return heap.isEmpty() ? Long.MAX_VALUE : heap.peek().timeNs();
    }
}
