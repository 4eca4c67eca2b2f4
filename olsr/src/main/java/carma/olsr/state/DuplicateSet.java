package carma.olsr.state;

import carma.olsr.NodeAddress;

/**
 * The duplicate set (RFC 3626 §3.4): (originator, message sequence number) with D_retransmitted and
 * D_time. With a single interface, D_iface_list reduces to "received here". Entries are created
 * once with D_time = now + DUP_HOLD_TIME, so they expire in creation order: a FIFO expires them in
 * O(1) per entry. Held in primitive arrays (the pair packed into one {@code long} key, an
 * open-addressing table with linear probing and backward-shift deletion, a ring buffer for the
 * FIFO): recording and looking up allocate nothing.
 */
public final class DuplicateSet {

    /** D_retransmitted and D_time of one entry. */
    public record Entry(boolean retransmitted, long expiryNs) {
    }

    private long[] keys = new long[256];
    private long[] expiries = new long[256];
    private boolean[] retransmitted = new boolean[256];
    private boolean[] used = new boolean[256];
    private int size;
    private long[] fifoKeys = new long[128];
    private long[] fifoTimes = new long[128];
    private int fifoHead;
    private int fifoCount;

    private static long key(NodeAddress originator, int sequenceNumber) {
        return ((long) originator.value() << 16) | (sequenceNumber & 0xFFFF);
    }

    private int slot(long k) {
        int mask = keys.length - 1;
        long z = k * 0x9E3779B97F4A7C15L;
        int h = (int) (z ^ (z >>> 32)) & mask;
        while (used[h] && keys[h] != k) {
            h = (h + 1) & mask;
        }
        return h;
    }

    /** Whether the message was seen (and has not expired). */
    public boolean contains(NodeAddress originator, int sequenceNumber) {
        return used[slot(key(originator, sequenceNumber))];
    }

    public Entry find(NodeAddress originator, int sequenceNumber) {
        int s = slot(key(originator, sequenceNumber));
        return used[s] ? new Entry(retransmitted[s], expiries[s]) : null;
    }

    /** Records a message; expiry times must not decrease from one call to the next. */
    public void record(NodeAddress originator, int sequenceNumber, boolean retransmit, long expiryNs) {
        if (fifoCount > 0 && fifoTimes[(fifoHead + fifoCount - 1) % fifoTimes.length] > expiryNs) {
            throw new IllegalArgumentException("duplicate entries must be recorded in expiry order");
        }
        long k = key(originator, sequenceNumber);
        if (2 * (size + 1) > keys.length) {
            growTable();
        }
        int s = slot(k);
        if (!used[s]) {
            used[s] = true;
            keys[s] = k;
            size++;
        }
        retransmitted[s] = retransmit;
        expiries[s] = expiryNs;
        if (fifoCount == fifoKeys.length) {
            growFifo();
        }
        int tail = (fifoHead + fifoCount) % fifoKeys.length;
        fifoKeys[tail] = k;
        fifoTimes[tail] = expiryNs;
        fifoCount++;
    }

    public void expire(long nowNs) {
        while (fifoCount > 0 && fifoTimes[fifoHead] < nowNs) {
            long k = fifoKeys[fifoHead];
            long t = fifoTimes[fifoHead];
            fifoHead = (fifoHead + 1) % fifoKeys.length;
            fifoCount--;
            int s = slot(k);
            if (used[s] && expiries[s] == t) {
                delete(s);
            }
        }
    }

    public int size() {
        return size;
    }

    /** Backward-shift deletion: later members of the probe run move up so no tombstone is needed. */
    private void delete(int s) {
        int mask = keys.length - 1;
        used[s] = false;
        size--;
        int hole = s;
        int i = (s + 1) & mask;
        while (used[i]) {
            long z = keys[i] * 0x9E3779B97F4A7C15L;
            int home = (int) (z ^ (z >>> 32)) & mask;
            // move i into the hole if its home is not in (hole, i] cyclically
            boolean movable = hole <= i ? (home <= hole || home > i) : (home <= hole && home > i);
            if (movable) {
                keys[hole] = keys[i];
                expiries[hole] = expiries[i];
                retransmitted[hole] = retransmitted[i];
                used[hole] = true;
                used[i] = false;
                hole = i;
            }
            i = (i + 1) & mask;
        }
    }

    private void growTable() {
        long[] oldKeys = keys;
        long[] oldExp = expiries;
        boolean[] oldRe = retransmitted;
        boolean[] oldUsed = used;
        int n = oldKeys.length * 2;
        keys = new long[n];
        expiries = new long[n];
        retransmitted = new boolean[n];
        used = new boolean[n];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldUsed[i]) {
                int s = slot(oldKeys[i]);
                used[s] = true;
                keys[s] = oldKeys[i];
                expiries[s] = oldExp[i];
                retransmitted[s] = oldRe[i];
            }
        }
    }

    private void growFifo() {
        int n = fifoKeys.length * 2;
        long[] k = new long[n];
        long[] t = new long[n];
        for (int i = 0; i < fifoCount; i++) {
            k[i] = fifoKeys[(fifoHead + i) % fifoKeys.length];
            t[i] = fifoTimes[(fifoHead + i) % fifoKeys.length];
        }
        fifoKeys = k;
        fifoTimes = t;
        fifoHead = 0;
    }
}
