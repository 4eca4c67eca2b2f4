package carma.traffic.source;

import static org.assertj.core.api.Assertions.assertThat;

import carma.kernel.time.SimTime;
import org.junit.jupiter.api.Test;

class CbrSourceTest {
    private static final long TICK_NS = 10 * SimTime.NANOS_PER_MILLI;

    @Test
    void uut_video_sends_exactly_192_kbit_in_every_second() {
        CbrSource source = new CbrSource(CbrParameters.uutVideo192k(), 0);
        for (int second = 0; second < 100; second++) {
            PacketLog log = new PacketLog();
            source.generate(second * SimTime.NANOS_PER_SECOND, (second + 1) * SimTime.NANOS_PER_SECOND, log);
            assertThat(log.totalBits()).isEqualTo(192_000L);
            assertThat(log.count()).isEqualTo(16);
        }
    }

    @Test
    void fractional_intervals_keep_the_exact_long_run_rate() {
        // 1000 bits at 3 bit/s: interval 333.33... s; packet i at floor(i * 1e12 / 3) ns
        CbrSource source = new CbrSource(new CbrParameters(3, 1000), 5);
        PacketLog log = new PacketLog();
        source.generate(0, 5 + 3_000 * SimTime.NANOS_PER_SECOND, log);
        assertThat(log.count()).isEqualTo(9);
        for (int i = 0; i < log.count(); i++) {
            assertThat(log.arrivalNs(i)).isEqualTo(5 + Math.floorDiv(i * 1_000_000_000_000L, 3));
        }
    }

    @Test
    void a_period_without_a_whole_bit_rate_is_kept_exactly() {
        // 200 bytes every 30 ms: 53 333.3 bit/s, no whole rate; packet i at exactly 11 + i * 30 ms
        PeriodicParameters p = new PeriodicParameters(1600, 30 * SimTime.NANOS_PER_MILLI);
        CbrSource source = (CbrSource) p.newSource(null, 11);
        PacketLog log = new PacketLog();
        source.generate(0, 11 + 3 * SimTime.NANOS_PER_SECOND, log);
        assertThat(log.count()).isEqualTo(100);
        for (int i = 0; i < log.count(); i++) {
            assertThat(log.arrivalNs(i)).isEqualTo(11 + i * 30 * SimTime.NANOS_PER_MILLI);
        }
        assertThat(p.rateBps()).isCloseTo(53_333.333, org.assertj.core.api.Assertions.within(0.001));
    }

    @Test
    void packets_do_not_depend_on_the_window_size() {
        CbrSource whole = new CbrSource(new CbrParameters(12_200, 122), 7);
        CbrSource ticked = new CbrSource(new CbrParameters(12_200, 122), 7);
        PacketLog a = new PacketLog();
        PacketLog b = new PacketLog();
        long endNs = 30 * SimTime.NANOS_PER_SECOND;
        whole.generate(0, endNs, a);
        for (long t = 0; t < endNs; t += TICK_NS) {
            ticked.generate(t, t + TICK_NS, b);
        }
        assertThat(b.asList()).isEqualTo(a.asList());
        assertThat(a.count()).isEqualTo(3000);
    }

    @Test
    void restart_begins_a_new_session_and_skipped_windows_emit_nothing() {
        CbrSource source = new CbrSource(new CbrParameters(100_000, 1000), 0);
        PacketLog log = new PacketLog();
        source.generate(0, 50 * SimTime.NANOS_PER_MILLI, log);
        source.restart(SimTime.NANOS_PER_SECOND + 3);
        source.generate(50 * SimTime.NANOS_PER_MILLI, SimTime.NANOS_PER_SECOND + 25 * SimTime.NANOS_PER_MILLI, log);
        assertThat(log.count()).isEqualTo(5 + 3);
        assertThat(log.arrivalNs(5)).isEqualTo(SimTime.NANOS_PER_SECOND + 3);
    }

    @Test
    void a_mesh_udp_flow_of_512_bytes_every_quarter_second_is_periodic() {
        CbrParameters udp = CbrParameters.ofInterval(4096, 250 * SimTime.NANOS_PER_MILLI);
        assertThat(udp.rateBps()).isEqualTo(16_384);
        CbrSource source = new CbrSource(udp, 0);
        PacketLog log = new PacketLog();
        source.generate(0, 10 * SimTime.NANOS_PER_SECOND, log);
        assertThat(log.count()).isEqualTo(40);
        for (int i = 0; i < log.count(); i++) {
            assertThat(log.arrivalNs(i)).isEqualTo(i * 250 * SimTime.NANOS_PER_MILLI);
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CbrParameters.ofInterval(1000, 3 * SimTime.NANOS_PER_MILLI))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
