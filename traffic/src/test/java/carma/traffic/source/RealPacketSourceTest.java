package carma.traffic.source;

import static org.assertj.core.api.Assertions.assertThat;

import carma.kernel.time.SimTime;
import org.junit.jupiter.api.Test;

class RealPacketSourceTest {
    private static final long MS = SimTime.NANOS_PER_MILLI;

    @Test
    void drains_in_offer_order_window_by_window_with_sequence_numbers() {
        RealPacketSource source = new RealPacketSource(8);
        assertThat(source.offer(1 * MS, 800)).isEqualTo(0);
        assertThat(source.offer(12 * MS, 900)).isEqualTo(1);
        assertThat(source.offer(11 * MS, 1000)).isEqualTo(2); // stamped earlier: takes 12 ms
        PacketLog first = new PacketLog();
        source.generate(0, 10 * MS, first);
        assertThat(first.asList()).containsExactly(new PacketLog.Packet(1 * MS, 800));
        PacketLog second = new PacketLog();
        source.generate(10 * MS, 20 * MS, second);
        assertThat(second.asList()).containsExactly(new PacketLog.Packet(12 * MS, 900), new PacketLog.Packet(12 * MS, 1000));
        assertThat(source.queued()).isZero();
    }

    @Test
    void late_packets_enter_at_the_window_start_and_a_full_queue_rejects() {
        RealPacketSource source = new RealPacketSource(2);
        assertThat(source.offer(5 * MS, 100)).isEqualTo(0);
        assertThat(source.offer(6 * MS, 100)).isEqualTo(1);
        assertThat(source.offer(7 * MS, 100)).isEqualTo(-1);
        assertThat(source.rejected()).isEqualTo(1);
        PacketLog log = new PacketLog();
        source.generate(20 * MS, 30 * MS, log);
        assertThat(log.asList()).containsExactly(new PacketLog.Packet(20 * MS, 100), new PacketLog.Packet(20 * MS, 100));
        assertThat(source.offer(25 * MS, 100)).isEqualTo(2);
    }

    @Test
    void a_producer_thread_hands_over_every_packet_exactly_once_in_order() throws InterruptedException {
        RealPacketSource source = new RealPacketSource(64);
        int total = 50_000;
        Thread producer = new Thread(() -> {
            for (int i = 0; i < total; i++) {
                while (source.offer(i, 1 + (i % 1000)) < 0) {
                    Thread.onSpinWait();
                }
            }
        });
        producer.start();
        long[] expected = {0};
        long t = 0;
        while (expected[0] < total) {
            source.generate(t, t + 1000, (arrivalNs, sizeBits) -> {
                if (sizeBits != 1 + (expected[0] % 1000)) {
                    throw new AssertionError("packet " + expected[0] + " out of order: size " + sizeBits);
                }
                expected[0]++;
            });
            t = Math.min(t + 1000, total);
        }
        producer.join();
        assertThat(expected[0]).isEqualTo(total);
    }
}
