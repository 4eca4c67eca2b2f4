package carma.olsr.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import carma.olsr.NodeAddress;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The primitive duplicate set behaves like a map with a FIFO of expiries, through growth and deletion. */
class DuplicateSetTest {

    private record Key(int originator, int seq) {
    }

    private record Timed(Key key, long expiryNs) {
    }

    @Test
    void behavesLikeAMapWithFifoExpiryUnderRandomUse() {
        for (long seed = 1; seed <= 20; seed++) {
            SplittableRandom rnd = new SplittableRandom(seed);
            DuplicateSet set = new DuplicateSet();
            Map<Key, DuplicateSet.Entry> model = new HashMap<>();
            ArrayDeque<Timed> fifo = new ArrayDeque<>();
            long now = 0;
            int originators = 1 + rnd.nextInt(40);
            for (int step = 0; step < 20_000; step++) {
                now += rnd.nextInt(3);
                int op = rnd.nextInt(10);
                Key k = new Key(rnd.nextInt(originators) + 1, rnd.nextInt(64));
                NodeAddress a = NodeAddress.ofIndex(k.originator());
                if (op < 6) {
                    boolean re = rnd.nextBoolean();
                    long exp = now + 30;
                    set.record(a, k.seq(), re, exp);
                    model.put(k, new DuplicateSet.Entry(re, exp));
                    fifo.addLast(new Timed(k, exp));
                } else if (op < 8) {
                    set.expire(now);
                    while (!fifo.isEmpty() && fifo.peekFirst().expiryNs() < now) {
                        Timed t = fifo.pollFirst();
                        DuplicateSet.Entry e = model.get(t.key());
                        if (e != null && e.expiryNs() == t.expiryNs()) {
                            model.remove(t.key());
                        }
                    }
                } else {
                    assertThat(set.find(a, k.seq())).as("seed %d step %d", seed, step).isEqualTo(model.get(k));
                    assertThat(set.contains(a, k.seq())).isEqualTo(model.containsKey(k));
                }
                assertThat(set.size()).isEqualTo(model.size());
            }
            for (Map.Entry<Key, DuplicateSet.Entry> e : model.entrySet()) {
                assertThat(set.find(NodeAddress.ofIndex(e.getKey().originator()), e.getKey().seq())).isEqualTo(e.getValue());
            }
        }
    }

    @Test
    void sequenceNumbersAreSixteenBitsAndOriginatorsDoNotCollide() {
        DuplicateSet set = new DuplicateSet();
        set.record(NodeAddress.ofIndex(1), 65535, true, 10);
        assertThat(set.contains(NodeAddress.ofIndex(1), 65535)).isTrue();
        assertThat(set.contains(NodeAddress.ofIndex(2), 65535)).isFalse();
        assertThat(set.contains(NodeAddress.ofIndex(1), 0)).isFalse();
        assertThatThrownBy(() -> set.record(NodeAddress.ofIndex(3), 1, false, 5))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
