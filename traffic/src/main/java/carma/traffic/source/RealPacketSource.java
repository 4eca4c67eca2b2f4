package carma.traffic.source;

import carma.traffic.PacketSink;
import carma.traffic.PacketSource;

/**
 * Packets injected from outside the model (the user under test, whose real IP packets come from
 * a live traffic switch): a bounded, thread-safe hand-off queue. Any thread {@link #offer}s
 * packets; the emulator thread drains them through {@link #generate}. Both sides are
 * allocation-free (a ring of primitives under the object's monitor).
 *
 * <p>Arrival times are made non-decreasing at offer time (a packet stamped earlier than the
 * previous one takes the previous one's time). A packet whose time is before the window being
 * drained (it came late) is emitted at the window start, never dropped: only a full queue rejects
 * packets. Packets leave in offer order, so the n-th packet emitted is the one whose {@link
 * #offer} returned sequence number n, which lets the caller report each real packet's fate.
 * Sessions of real packets are not modelled: {@link #restart} keeps the queue.
 */
public final class RealPacketSource implements PacketSource {
    private final long[] arrivalNs;
    private final int[] sizeBits;
    private int head;
    private int size;
    private long lastArrivalNs = Long.MIN_VALUE;
    private long offeredCount;
    private long rejectedCount;

    public RealPacketSource(int capacity) {
        if (capacity <= 0) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        this.arrivalNs = new long[capacity];
        this.sizeBits = new int[capacity];
    }

    /**
     * Hands over one packet.
     *
     * @return the packet's sequence number (0, 1, 2, ... in offer order), or -1 if the queue was
     *     full and the packet was rejected
     */
    public synchronized long offer(long packetArrivalNs, int packetSizeBits) {
        if (packetSizeBits <= 0) {
            throw new IllegalArgumentException("packet size must be positive: " + packetSizeBits);
        }
        if (size == arrivalNs.length) {
            rejectedCount++;
            return -1;
        }
        lastArrivalNs = Math.max(lastArrivalNs, packetArrivalNs);
        int tail = (head + size) % arrivalNs.length;
        arrivalNs[tail] = lastArrivalNs;
        sizeBits[tail] = packetSizeBits;
        size++;
        return offeredCount++;
    }

    @Override
    public synchronized void generate(long fromNs, long toNs, PacketSink sink) {
        while (size > 0 && arrivalNs[head] < toNs) {
            sink.onPacket(Math.max(arrivalNs[head], fromNs), sizeBits[head]);
            head = (head + 1) % arrivalNs.length;
            size--;
        }
    }

    /** Keeps the queue: real packets do not belong to a modelled session. */
    @Override
    public void restart(long startNs) {
        // nothing to reset: the queue holds packets that really arrived
    }

    /** Packets waiting to be drained. */
    public synchronized int queued() {
        return size;
    }

    /** Packets rejected because the queue was full. */
    public synchronized long rejected() {
        return rejectedCount;
    }
}
