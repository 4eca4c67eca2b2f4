package carma.traffic.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import carma.kernel.random.RandomStreams;
import carma.kernel.time.SimTime;
import carma.traffic.distribution.Geometric;
import carma.traffic.distribution.SampleStats;
import carma.traffic.distribution.TruncatedLognormal;
import org.junit.jupiter.api.Test;

class FtpSourceTest {
    @Test
    void each_file_arrives_at_its_request_instant_cut_into_packets() {
        FtpParameters parameters = new FtpParameters(new Geometric(4), TruncatedLognormal.threeGppFtpFileBytes(), 180.0, 12_000);
        FtpSource source = new FtpSource(parameters, new RandomStreams(41).stream("ftp"), 0);
        SampleStats fileBytes = new SampleStats();
        SampleStats filesPerSession = new SampleStats();
        SampleStats readingS = new SampleStats();
        for (int session = 0; session < 3_000; session++) {
            source.restart(0);
            PacketLog log = new PacketLog();
            source.generate(0, Long.MAX_VALUE, log);
            assertThat(source.finished()).isTrue();
            int files = 0;
            long bits = 0;
            for (int i = 0; i < log.count(); i++) {
                boolean lastOfFile = i + 1 == log.count() || log.arrivalNs(i + 1) != log.arrivalNs(i);
                assertThat(log.sizeBits(i)).isLessThanOrEqualTo(12_000);
                if (!lastOfFile) {
                    assertThat(log.sizeBits(i)).isEqualTo(12_000);
                }
                bits += log.sizeBits(i);
                if (lastOfFile) {
                    files++;
                    fileBytes.add(bits / 8.0);
                    bits = 0;
                    if (i + 1 < log.count()) {
                        readingS.add(SimTime.secondsOf(log.arrivalNs(i + 1) - log.arrivalNs(i)));
                    }
                }
            }
            filesPerSession.add(files);
        }
        assertThat(fileBytes.mean()).isCloseTo(parameters.fileSizeBytes().mean(), within(fileBytes.halfWidth999()));
        assertThat(filesPerSession.mean()).isCloseTo(4, within(filesPerSession.halfWidth999()));
        assertThat(readingS.mean()).isCloseTo(180, within(readingS.halfWidth999()));
    }
}
