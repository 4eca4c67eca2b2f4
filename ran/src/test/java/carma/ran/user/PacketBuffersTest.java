package carma.ran.user;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PacketBuffersTest {
    @Test
    void perUserFifoWithDropTailAndPoolGrowth() {
        PacketBuffers b = new PacketBuffers(3, 16);
        for (int i = 0; i < 100; i++) {
            assertThat(b.offer(i % 3, i, i, 100, 10_000)).isTrue();
        }
        assertThat(b.poolSize()).isGreaterThanOrEqualTo(100);
        assertThat(b.packets(1)).isEqualTo(33);
        assertThat(b.bufferedBits(1)).isEqualTo(3300);
        assertThat(b.offer(0, 999, 0, 10_000 - 3400 + 1, 10_000)).isFalse();
        assertThat(b.headId(1)).isEqualTo(1);
        assertThat(b.consumeHead(1, 60)).isFalse();
        assertThat(b.headRemainingBits(1)).isEqualTo(40);
        assertThat(b.consumeHead(1, 60)).isTrue();
        b.popHead(1);
        assertThat(b.headId(1)).isEqualTo(4);
        assertThat(b.bufferedBits(1)).isEqualTo(3200);
        while (!b.isEmpty(1)) {
            b.popHead(1);
        }
        assertThat(b.bufferedBits(1)).isZero();
        assertThat(b.offer(1, 7, 0, 50, 10_000)).isTrue();
        assertThat(b.headId(1)).isEqualTo(7);
    }

    @Test
    void cellMembersSwapRemove() {
        CellMembers m = new CellMembers(2, 5);
        m.add(0, 1);
        m.add(0, 2);
        m.add(0, 3);
        m.remove(0, 1);
        assertThat(m.count(0)).isEqualTo(2);
        assertThat(new int[] {m.member(0, 0), m.member(0, 1)}).containsExactlyInAnyOrder(2, 3);
        m.add(1, 1);
        assertThat(m.count(1)).isEqualTo(1);
    }
}
