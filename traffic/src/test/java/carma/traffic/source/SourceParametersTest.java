package carma.traffic.source;

import static org.assertj.core.api.Assertions.assertThat;

import carma.kernel.random.RandomStreams;
import carma.kernel.time.SimTime;
import carma.traffic.PacketSource;
import carma.traffic.session.ServiceTraffic;
import org.junit.jupiter.api.Test;

class SourceParametersTest {
    private static final long HORIZON_NS = 600 * SimTime.NANOS_PER_SECOND;

    @Test
    void new_source_builds_the_model_of_each_service_with_the_same_packets_as_direct_construction() {
        assertThat(ServiceTraffic.aromaVoice().packets().newSource(new RandomStreams(1).stream("a"), 0))
                .isInstanceOf(VoiceOnOffSource.class);
        assertThat(ServiceTraffic.aromaVideoStreaming().packets().newSource(new RandomStreams(1).stream("a"), 0))
                .isInstanceOf(CbrSource.class);
        assertThat(ServiceTraffic.aromaWebBrowsing().packets().newSource(new RandomStreams(1).stream("a"), 0))
                .isInstanceOf(WebBrowsingSource.class);
        assertThat(ServiceTraffic.ftpBackground().packets().newSource(new RandomStreams(1).stream("a"), 0))
                .isInstanceOf(FtpSource.class);

        VoiceParameters voice = VoiceParameters.ngmnVoip20ms();
        PacketLog viaSpec = run(voice.newSource(new RandomStreams(2).stream("v"), 5));
        PacketLog direct = run(new VoiceOnOffSource(voice, new RandomStreams(2).stream("v"), 5));
        assertThat(viaSpec.asList()).isNotEmpty().isEqualTo(direct.asList());
        assertThat(viaSpec.sizeBits(0)).isEqualTo(320);
    }

    @Test
    void no_packets_is_silent_and_finished() {
        NoPackets none = new NoPackets();
        none.restart(0);
        assertThat(run(none).count()).isZero();
        assertThat(none.finished()).isTrue();
    }

    private static PacketLog run(PacketSource source) {
        PacketLog log = new PacketLog();
        source.generate(0, HORIZON_NS, log);
        return log;
    }
}
