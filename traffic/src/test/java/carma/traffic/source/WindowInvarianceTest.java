package carma.traffic.source;

import static org.assertj.core.api.Assertions.assertThat;

import carma.kernel.random.RandomStreams;
import carma.kernel.time.SimTime;
import carma.traffic.PacketSource;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Same seed → same packets; one window or 10 ms windows → same packets; skipped windows keep later ones. */
class WindowInvarianceTest {
    private static final long TICK_NS = 10 * SimTime.NANOS_PER_MILLI;
    private static final long HORIZON_NS = 1_200 * SimTime.NANOS_PER_SECOND;

    private static final List<Function<RandomStreams, PacketSource>> MODELS = List.of(
            s -> new VoiceOnOffSource(VoiceParameters.aromaAmr122(), s.stream("voice"), 3),
            s -> new WebBrowsingSource(WebBrowsingParameters.umts3003(0.0104), s.stream("web"), 5),
            s -> new FtpSource(FtpParameters.threeGpp(), s.stream("ftp"), 7),
            s -> new CbrSource(CbrParameters.uutVideo192k(), 11));

    @Test
    void same_seed_gives_the_same_packets_and_another_seed_different_ones() {
        for (Function<RandomStreams, PacketSource> model : MODELS) {
            List<PacketLog.Packet> a = whole(model.apply(new RandomStreams(51)));
            List<PacketLog.Packet> b = whole(model.apply(new RandomStreams(51)));
            assertThat(a).isNotEmpty().isEqualTo(b);
            if (!(model.apply(new RandomStreams(1)) instanceof CbrSource)) {
                assertThat(whole(model.apply(new RandomStreams(52)))).isNotEqualTo(a);
            }
        }
    }

    @Test
    void ten_ms_windows_give_the_same_packets_as_one_window() {
        for (Function<RandomStreams, PacketSource> model : MODELS) {
            List<PacketLog.Packet> expected = whole(model.apply(new RandomStreams(53)));
            PacketSource ticked = model.apply(new RandomStreams(53));
            PacketLog log = new PacketLog();
            for (long t = 0; t < HORIZON_NS; t += TICK_NS) {
                PacketLog window = new PacketLog();
                ticked.generate(t, t + TICK_NS, window);
                for (PacketLog.Packet p : window.asList()) {
                    assertThat(p.arrivalNs()).isGreaterThanOrEqualTo(t).isLessThan(t + TICK_NS);
                    log.onPacket(p.arrivalNs(), p.sizeBits());
                }
            }
            assertThat(log.asList()).isEqualTo(expected);
        }
    }

    @Test
    void a_skipped_gap_drops_only_the_packets_inside_it() {
        long gapFromNs = 100 * SimTime.NANOS_PER_SECOND;
        long gapToNs = 400 * SimTime.NANOS_PER_SECOND;
        for (Function<RandomStreams, PacketSource> model : MODELS) {
            List<PacketLog.Packet> expected = whole(model.apply(new RandomStreams(54))).stream()
                    .filter(p -> p.arrivalNs() < gapFromNs || p.arrivalNs() >= gapToNs).toList();
            PacketSource gapped = model.apply(new RandomStreams(54));
            PacketLog log = new PacketLog();
            gapped.generate(0, gapFromNs, log);
            gapped.generate(gapToNs, HORIZON_NS, log);
            assertThat(log.asList()).isEqualTo(expected);
        }
    }

    private static List<PacketLog.Packet> whole(PacketSource source) {
        PacketLog log = new PacketLog();
        source.generate(0, HORIZON_NS, log);
        return log.asList();
    }
}
