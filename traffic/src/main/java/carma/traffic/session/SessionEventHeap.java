package carma.traffic.session;

/**
 * Indexed binary min-heap holding exactly one pending event time per user, ordered by (time,
 * user index) so that ties resolve deterministically. Primitive arrays only: allocation-free.
 */
final class SessionEventHeap {
    private final long[] timeNs;
    private final int[] heap;
    private final int[] position;

    SessionEventHeap(long[] initialTimesNs) {
        int n = initialTimesNs.length;
        timeNs = initialTimesNs.clone();
        heap = new int[n];
        position = new int[n];
        for (int user = 0; user < n; user++) {
            heap[user] = user;
            position[user] = user;
        }
        for (int i = n / 2 - 1; i >= 0; i--) {
            siftDown(i);
        }
    }

    boolean isEmpty() {
        return heap.length == 0;
    }

    int minUser() {
        return heap[0];
    }

    long minTimeNs() {
        return timeNs[heap[0]];
    }

    long timeNs(int user) {
        return timeNs[user];
    }

    /** Changes a user's pending event time. */
    void update(int user, long newTimeNs) {
        long old = timeNs[user];
        timeNs[user] = newTimeNs;
        if (newTimeNs < old) {
            siftUp(position[user]);
        } else {
            siftDown(position[user]);
        }
    }

    private boolean less(int userA, int userB) {
        long a = timeNs[userA];
        long b = timeNs[userB];
        return a < b || (a == b && userA < userB);
    }

    private void siftUp(int index) {
        int i = index;
        int user = heap[i];
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!less(user, heap[parent])) {
                break;
            }
            place(heap[parent], i);
            i = parent;
        }
        place(user, i);
    }

    private void siftDown(int index) {
        int i = index;
        int user = heap[i];
        int n = heap.length;
        while (true) {
            int child = 2 * i + 1;
            if (child >= n) {
                break;
            }
            if (child + 1 < n && less(heap[child + 1], heap[child])) {
                child++;
            }
            if (!less(heap[child], user)) {
                break;
            }
            place(heap[child], i);
            i = child;
        }
        place(user, i);
    }

    private void place(int user, int index) {
        heap[index] = user;
        position[user] = index;
    }
}
