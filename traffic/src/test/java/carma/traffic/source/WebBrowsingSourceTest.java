package carma.traffic.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import carma.kernel.random.RandomStream;
import carma.kernel.random.RandomStreams;
import carma.kernel.time.SimTime;
import carma.traffic.PacketSink;
import carma.traffic.distribution.SampleStats;
import org.junit.jupiter.api.Test;

class WebBrowsingSourceTest {
    private static final int SESSIONS = 20_000;

    /** Per-session totals, collected without storing packets. */
    private static final class SessionTally implements PacketSink {
        long bits;
        long packets;
        long firstNs = -1;
        long lastNs;
        final SampleStats datagramBytes = new SampleStats();

        @Override
        public void onPacket(long arrivalNs, int sizeBits) {
            if (firstNs < 0) {
                firstNs = arrivalNs;
            }
            if (arrivalNs < lastNs) {
                throw new AssertionError("out of order");
            }
            lastNs = arrivalNs;
            bits += sizeBits;
            packets++;
            datagramBytes.add(sizeBits / 8.0);
        }

        void reset() {
            bits = 0;
            packets = 0;
            firstNs = -1;
            lastNs = 0;
        }
    }

    @Test
    void session_volume_duration_and_datagram_size_match_the_3003_closed_forms() {
        WebBrowsingParameters parameters = WebBrowsingParameters.umts3003(0.125);
        RandomStream stream = new RandomStreams(21).stream("test.web");
        WebBrowsingSource source = new WebBrowsingSource(parameters, stream, 0);
        SessionTally tally = new SessionTally();
        SampleStats volumeBytes = new SampleStats();
        SampleStats durationS = new SampleStats();
        SampleStats datagrams = new SampleStats();
        for (int s = 0; s < SESSIONS; s++) {
            source.restart(0);
            tally.reset();
            source.generate(0, Long.MAX_VALUE, tally);
            assertThat(source.finished()).isTrue();
            volumeBytes.add(tally.bits / 8.0);
            durationS.add(SimTime.secondsOf(tally.lastNs - tally.firstNs));
            datagrams.add(tally.packets);
        }
        // 5 · 25 · 479.74 B ≈ 60 kB per session
        assertThat(parameters.meanSessionVolumeBytes()).isCloseTo(59_968, within(1.0));
        assertThat(volumeBytes.mean()).isCloseTo(parameters.meanSessionVolumeBytes(), within(volumeBytes.halfWidth999()));
        assertThat(datagrams.mean()).isCloseTo(5 * 25, within(datagrams.halfWidth999()));
        assertThat(durationS.mean()).isCloseTo(parameters.meanSessionDurationS(), within(durationS.halfWidth999()));
        // sizes rounded to whole bits keep the 480 B mean (rounding bias < 1/16 B)
        assertThat(tally.datagramBytes.mean()).isCloseTo(parameters.datagramSizeBytes().mean(),
                within(tally.datagramBytes.halfWidth999() + 1.0 / 16));
        assertThat(tally.datagramBytes.mean()).isCloseTo(480, within(tally.datagramBytes.halfWidth999() + 0.5));
    }

    @Test
    void datagram_interval_follows_the_packet_call_rate() {
        WebBrowsingParameters at32k = WebBrowsingParameters.umts3003ForPacketCallRate(32_000);
        assertThat(at32k.meanDatagramIntervalS()).isCloseTo(0.12, within(0.001));
    }

    @Test
    void endless_sessions_never_finish() {
        WebBrowsingParameters base = WebBrowsingParameters.umts3003(0.01);
        WebBrowsingParameters endless = new WebBrowsingParameters(
                new carma.traffic.distribution.Geometric(Double.POSITIVE_INFINITY), 1.0,
                base.datagramsPerPacketCall(), 0.01, base.datagramSizeBytes());
        WebBrowsingSource source = new WebBrowsingSource(endless, new RandomStreams(22).stream("w"), 0);
        SessionTally tally = new SessionTally();
        source.generate(0, 3_600 * SimTime.NANOS_PER_SECOND, tally);
        assertThat(source.finished()).isFalse();
        assertThat(tally.packets).isGreaterThan(1000);
    }
}
