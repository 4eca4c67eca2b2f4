package carma.ran.user;

/**
 * The downlink buffers of all users: per-user FIFO queues of packets held in one pool of primitive
 * arrays (a free list links unused slots; the pool doubles when full, which happens only while the
 * backlog grows to a new maximum). A packet carries its id (−1 for emulated traffic), arrival time,
 * size and the bits still to transmit. Each user's buffer has a limit in bits; a packet that does
 * not fit is refused (drop-tail) and counted by the caller as a loss.
 */
public final class PacketBuffers {
    private static final int NONE = -1;
    private final int[] head;
    private final int[] tail;
    private final long[] bufferedBits;
    private final int[] packets;
    private long[] id;
    private long[] arrivalNs;
    private int[] sizeBits;
    private int[] remainingBits;
    private int[] next;
    private int free;

    public PacketBuffers(int users, int initialPoolSize) {
        head = new int[users];
        tail = new int[users];
        bufferedBits = new long[users];
        packets = new int[users];
        java.util.Arrays.fill(head, NONE);
        java.util.Arrays.fill(tail, NONE);
        allocatePool(Math.max(16, initialPoolSize));
    }

    /** Grows the pool to {@code size} slots and chains the new slots into the (empty) free list. */
    private void allocatePool(int size) {
        int old = id == null ? 0 : id.length;
        id = grow(id, size);
        arrivalNs = grow(arrivalNs, size);
        sizeBits = grow(sizeBits, size);
        remainingBits = grow(remainingBits, size);
        next = grow(next, size);
        for (int i = old; i < size - 1; i++) {
            next[i] = i + 1;
        }
        next[size - 1] = NONE;
        free = old;
    }

    private static long[] grow(long[] a, int size) {
        return a == null ? new long[size] : java.util.Arrays.copyOf(a, size);
    }

    private static int[] grow(int[] a, int size) {
        return a == null ? new int[size] : java.util.Arrays.copyOf(a, size);
    }

    /** Appends a packet; returns false (nothing stored) when it would exceed {@code limitBits}. */
    public boolean offer(int user, long packetId, long arrival, int bits, long limitBits) {
        if (bits <= 0) {
            throw new IllegalArgumentException("packet size must be positive, got " + bits + " bits");
        }
        if (bufferedBits[user] + bits > limitBits) {
            return false;
        }
        if (free == NONE) {
            allocatePool(id.length * 2);
        }
        int slot = free;
        free = next[slot];
        id[slot] = packetId;
        arrivalNs[slot] = arrival;
        sizeBits[slot] = bits;
        remainingBits[slot] = bits;
        next[slot] = NONE;
        if (tail[user] == NONE) {
            head[user] = slot;
        } else {
            next[tail[user]] = slot;
        }
        tail[user] = slot;
        bufferedBits[user] += bits;
        packets[user]++;
        return true;
    }

    public long bufferedBits(int user) {
        return bufferedBits[user];
    }

    public int packets(int user) {
        return packets[user];
    }

    public boolean isEmpty(int user) {
        return head[user] == NONE;
    }

    public long headId(int user) {
        return id[head[user]];
    }

    public long headArrivalNs(int user) {
        return arrivalNs[head[user]];
    }

    public int headSizeBits(int user) {
        return sizeBits[head[user]];
    }

    public int headRemainingBits(int user) {
        return remainingBits[head[user]];
    }

    /**
     * Removes up to {@code bits} from the head packet; returns true when the head packet is now
     * complete (its remaining bits are 0) — the caller then reads it and calls {@link #popHead}.
     */
    public boolean consumeHead(int user, int bits) {
        int h = head[user];
        int take = Math.min(bits, remainingBits[h]);
        remainingBits[h] -= take;
        bufferedBits[user] -= take;
        return remainingBits[h] == 0;
    }

    /** Removes the head packet (its untransmitted bits leave the buffer too). */
    public void popHead(int user) {
        int h = head[user];
        bufferedBits[user] -= remainingBits[h];
        head[user] = next[h];
        if (head[user] == NONE) {
            tail[user] = NONE;
        }
        next[h] = free;
        free = h;
        packets[user]--;
    }

    /** Capacity of the packet pool (for memory accounting). */
    public int poolSize() {
        return id.length;
    }
}
