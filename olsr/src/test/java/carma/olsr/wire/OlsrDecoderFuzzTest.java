package carma.olsr.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Issue 10: coverage-guided fuzzing of the OLSR packet decoder (Jazzer; seeded, bounded; see
 * docs/robustness.md). Any bytes either decode or are refused with a {@link MalformedPacketException};
 * anything else thrown is a finding. A packet that decodes encodes again to the same bytes' length and
 * decodes to the same packet. Corpus and regression inputs: {@code OlsrDecoderFuzzTestInputs/decode}
 * in the test resources (replayed by every {@code mvn verify}, fuzzed on top when fuzzing is on).
 */
class OlsrDecoderFuzzTest {
    private final OlsrCodec codec = new OlsrCodec();

    // 600,000 packets (the mark) or 8 s, whichever comes first
    @FuzzTest(maxDuration = "8s", maxExecutions = 600_000)
    void decode(byte[] packet) throws MalformedPacketException {
        OlsrPacket decoded;
        try {
            decoded = codec.decode(packet);
        } catch (MalformedPacketException expected) {
            return;
        }
        byte[] again = codec.encode(decoded);
        assertThat(codec.decode(again)).isEqualTo(decoded);
    }
}
