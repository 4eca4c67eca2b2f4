package carma.kernel.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import carma.kernel.random.RandomStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventQueueTest {
    private final EventSink<Integer> sink = (t, e) -> {};

    @Test
    void eventsAtEqualTimesComeOutInInsertionOrder() {
        EventQueue q = new EventQueue(16);
        for (int i = 0; i < 1000; i++) {
            q.push(i % 3 == 0 ? 5 : 7, sink, i);
        }
        List<Integer> fives = new ArrayList<>();
        List<Integer> sevens = new ArrayList<>();
        while (!q.isEmpty()) {
            q.pop();
            (q.currentTimeNs() == 5 ? fives : sevens).add((Integer) q.currentEvent());
        }
        assertThat(fives).isSorted().hasSize(334);
        assertThat(sevens).isSorted().hasSize(666);
    }

    @Test
    void aMillionRandomEventsComeOutSortedByTimeThenSequence() {
        EventQueue q = new EventQueue(16);
        RandomStream rng = new RandomStream(42);
        int n = 1_000_000;
        for (int i = 0; i < n; i++) {
            q.push(rng.nextInt(50_000), sink, i); // many ties
        }
        long lastT = -1;
        int lastSeq = -1;
        int count = 0;
        while (!q.isEmpty()) {
            q.pop();
            long t = q.currentTimeNs();
            int seq = (Integer) q.currentEvent();
            assertThat(t).isGreaterThanOrEqualTo(lastT);
            if (t == lastT) {
                assertThat(seq).isGreaterThan(lastSeq);
            }
            lastT = t;
            lastSeq = seq;
            count++;
        }
        assertThat(count).isEqualTo(n);
    }

    @Test
    void interleavedPushAndPopKeepTheHeapOrder() {
        EventQueue q = new EventQueue(16);
        RandomStream rng = new RandomStream(7);
        for (int i = 0; i < 1000; i++) {
            q.push(rng.nextInt(1000), sink, i);
        }
        long now = 0;
        for (int i = 0; i < 100_000; i++) { // hold model
            q.pop();
            assertThat(q.currentTimeNs()).isGreaterThanOrEqualTo(now);
            now = q.currentTimeNs();
            q.push(now + rng.nextInt(1000), sink, i);
        }
        assertThat(q.size()).isEqualTo(1000);
    }

    @Test
    void popOnEmptyQueueFailsClearly() {
        assertThatThrownBy(() -> new EventQueue().pop()).hasMessageContaining("empty");
    }
}
