package carma.traffic.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import carma.kernel.random.RandomStreams;
import carma.kernel.time.SimTime;
import carma.traffic.PacketSink;
import carma.traffic.distribution.SampleStats;
import org.junit.jupiter.api.Test;

class VoiceOnOffSourceTest {
    private static final int SOURCES = 200;
    private static final long HORIZON_NS = 2_000 * SimTime.NANOS_PER_SECOND;

    /**
     * Splits a voice packet stream into talk spurts (runs of packets exactly one frame apart) and
     * estimates the mean talk and silence durations by inverting the closed forms: a spurt of
     * exponential length (mean T) carries n = ⌈D/Δ⌉ frames with E[n] = 1/(1 − e^(−Δ/T)); the gap
     * between runs is (D − (n−1)Δ) + S.
     */
    private static final class SpurtEstimator implements PacketSink {
        private final long intervalNs;
        long packets;
        long runs;
        long gapsNs;
        long gaps;
        private long lastNs = Long.MIN_VALUE;

        SpurtEstimator(long intervalNs) {
            this.intervalNs = intervalNs;
        }

        @Override
        public void onPacket(long arrivalNs, int sizeBits) {
            packets++;
            if (lastNs == Long.MIN_VALUE || arrivalNs - lastNs != intervalNs) {
                runs++;
                if (lastNs != Long.MIN_VALUE) {
                    gapsNs += arrivalNs - lastNs;
                    gaps++;
                }
            }
            lastNs = arrivalNs;
        }

        double meanTalkS() {
            double meanRun = packets / (double) runs;
            return -(intervalNs / 1e9) / Math.log(1 - 1 / meanRun);
        }

        double meanSilenceS() {
            double meanRun = packets / (double) runs;
            double meanGapS = gapsNs / 1e9 / gaps;
            // gap = D + S − (n − 1)Δ, so E[S] = E[gap] − T + (E[n] − 1)Δ
            return meanGapS - meanTalkS() + (meanRun - 1) * intervalNs / 1e9;
        }
    }

    @Test
    void activity_factor_and_packet_rate_match_the_closed_forms() {
        VoiceParameters parameters = VoiceParameters.aromaAmr122();
        RandomStreams streams = new RandomStreams(31);
        SampleStats activity = new SampleStats();
        SampleStats talkS = new SampleStats();
        SampleStats packetRate = new SampleStats();
        for (int i = 0; i < SOURCES; i++) {
            VoiceOnOffSource source = new VoiceOnOffSource(parameters, streams.stream("test.voice." + i), 0);
            SpurtEstimator estimator = new SpurtEstimator(parameters.packetIntervalNs());
            source.generate(0, HORIZON_NS, estimator);
            double talk = estimator.meanTalkS();
            double silence = estimator.meanSilenceS();
            activity.add(talk / (talk + silence));
            talkS.add(talk);
            packetRate.add(estimator.packets / SimTime.secondsOf(HORIZON_NS));
        }
        assertThat(parameters.activityFactor()).isCloseTo(1.026 / (1.026 + 1.171), within(1e-12));
        assertThat(activity.mean()).isCloseTo(parameters.activityFactor(), within(activity.halfWidth999()));
        assertThat(talkS.mean()).isCloseTo(parameters.meanTalkSpurtS(), within(talkS.halfWidth999()));
        assertThat(packetRate.mean()).isCloseTo(parameters.meanPacketsPerSecond(), within(packetRate.halfWidth999()));
    }

    @Test
    void talk_spurt_frames_are_122_bits_every_10_ms() {
        VoiceOnOffSource source = new VoiceOnOffSource(VoiceParameters.aromaAmr122(),
                new RandomStreams(32).stream("v"), 0);
        PacketLog log = new PacketLog();
        source.generate(0, 60 * SimTime.NANOS_PER_SECOND, log);
        assertThat(log.count()).isGreaterThan(100);
        long exactSpacings = 0;
        for (int i = 0; i < log.count(); i++) {
            assertThat(log.sizeBits(i)).isEqualTo(122);
            if (i > 0) {
                long gap = log.arrivalNs(i) - log.arrivalNs(i - 1);
                assertThat(gap).isGreaterThanOrEqualTo(10 * SimTime.NANOS_PER_MILLI);
                exactSpacings += gap == 10 * SimTime.NANOS_PER_MILLI ? 1 : 0;
            }
        }
        assertThat(exactSpacings).isGreaterThan(log.count() * 9L / 10);
    }
}
