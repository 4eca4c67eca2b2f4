package carma.kernel.event;

import java.util.Arrays;

/**
 * Pending events ordered by (time, insertion sequence): events at equal times come out in the
 * order they were pushed. An implicit 4-ary min-heap over parallel primitive arrays, so a push or
 * a pop allocates nothing once the arrays have grown (a 4-ary heap halves the depth of a binary
 * one and keeps siblings in one cache line).
 *
 * <p>{@link #pop()} moves the earliest entry into the "current" fields read with
 * {@link #currentTimeNs()}, {@link #currentSink()} and {@link #currentEvent()}.
 */
public final class EventQueue {
    private long[] times;
    private long[] seqs;
    private EventSink<?>[] sinks;
    private Object[] events;
    private int size;
    private long nextSeq;

    private long currentTimeNs;
    private EventSink<?> currentSink;
    private Object currentEvent;

    public EventQueue() {
        this(1024);
    }

    public EventQueue(int initialCapacity) {
        int cap = Math.max(16, initialCapacity);
        times = new long[cap];
        seqs = new long[cap];
        sinks = new EventSink<?>[cap];
        events = new Object[cap];
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** Time of the earliest pending event; {@link Long#MAX_VALUE} when empty. */
    public long peekTimeNs() {
        return size == 0 ? Long.MAX_VALUE : times[0];
    }

    public <E> void push(long timeNs, EventSink<E> sink, E event) {
        if (size == times.length) {
            grow();
        }
        long seq = nextSeq++;
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) >>> 2;
            long pt = times[parent];
            if (pt < timeNs || (pt == timeNs && seqs[parent] < seq)) {
                break;
            }
            moveTo(parent, i);
            i = parent;
        }
        set(i, timeNs, seq, sink, event);
    }

    /**
     * Removes the earliest event into the current fields.
     *
     * @throws IllegalStateException when empty
     */
    public void pop() {
        if (size == 0) {
            throw new IllegalStateException("event queue is empty");
        }
        currentTimeNs = times[0];
        currentSink = sinks[0];
        currentEvent = events[0];
        int last = --size;
        long t = times[last];
        long s = seqs[last];
        EventSink<?> k = sinks[last];
        Object e = events[last];
        sinks[last] = null;
        events[last] = null;
        if (last > 0) {
            siftDown(t, s, k, e, last);
        }
    }

    private void siftDown(long t, long s, EventSink<?> k, Object e, int n) {
        int i = 0;
        while (true) {
            int first = (i << 2) + 1;
            if (first >= n) {
                break;
            }
            int best = first;
            long bt = times[first];
            long bs = seqs[first];
            int end = Math.min(first + 4, n);
            for (int c = first + 1; c < end; c++) {
                long ct = times[c];
                if (ct < bt || (ct == bt && seqs[c] < bs)) {
                    best = c;
                    bt = ct;
                    bs = seqs[c];
                }
            }
            if (t < bt || (t == bt && s < bs)) {
                break;
            }
            moveTo(best, i);
            i = best;
        }
        set(i, t, s, k, e);
    }

    public long currentTimeNs() {
        return currentTimeNs;
    }

    public EventSink<?> currentSink() {
        return currentSink;
    }

    public Object currentEvent() {
        return currentEvent;
    }

    /** Delivers the current event to its sink. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public void dispatchCurrent() {
        ((EventSink) currentSink).onEvent(currentTimeNs, currentEvent);
    }

    public void clear() {
        Arrays.fill(sinks, 0, size, null);
        Arrays.fill(events, 0, size, null);
        size = 0;
    }

    private void moveTo(int from, int to) {
        times[to] = times[from];
        seqs[to] = seqs[from];
        sinks[to] = sinks[from];
        events[to] = events[from];
    }

    private void set(int i, long t, long s, EventSink<?> k, Object e) {
        times[i] = t;
        seqs[i] = s;
        sinks[i] = k;
        events[i] = e;
    }

    private void grow() {
        int cap = times.length * 2;
        times = Arrays.copyOf(times, cap);
        seqs = Arrays.copyOf(seqs, cap);
        sinks = Arrays.copyOf(sinks, cap);
        events = Arrays.copyOf(events, cap);
    }
}
