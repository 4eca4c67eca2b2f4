package carma.olsr.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class VtimeTest {

    private static final long S = 1_000_000_000L;

    @Test
    void rfc3626DefaultHoldTimesEncodeToKnownBytes() {
        // 6 s: T/C = 96, b = 6, a = 16 * (96/64 - 1) = 8 -> 0x86
        assertThat(Vtime.encode(6 * S)).isEqualTo(0x86);
        // 15 s: T/C = 240, b = 7, a = 16 * (240/128 - 1) = 14 -> 0xE7
        assertThat(Vtime.encode(15 * S)).isEqualTo(0xE7);
        // 30 s: T/C = 480, b = 8, a = 14 -> 0xE8
        assertThat(Vtime.encode(30 * S)).isEqualTo(0xE8);
        // 2 s: T/C = 32, b = 5, a = 0 -> 0x05 ; 20 s -> 0x48 ; 5 s: T/C = 80, b = 6, a = 4 -> 0x46
        assertThat(Vtime.encode(2 * S)).isEqualTo(0x05);
        assertThat(Vtime.encode(20 * S)).isEqualTo(0x48);
        assertThat(Vtime.encode(5 * S)).isEqualTo(0x46);
    }

    @Test
    void knownBytesDecodeToExactTimes() {
        assertThat(Vtime.decodeNs(0x86)).isEqualTo(6 * S);
        assertThat(Vtime.decodeNs(0xE7)).isEqualTo(15 * S);
        assertThat(Vtime.decodeNs(0xE8)).isEqualTo(30 * S);
        assertThat(Vtime.decodeNs(0x00)).isEqualTo(62_500_000L);
        assertThat(Vtime.decodeNs(0xFF)).isEqualTo(3968 * S);
    }

    @Test
    void roundingUpOfTheMantissaAndCarryIntoTheExponent() {
        // 300 s: T/C = 4800, b = 12, a = ceil(16 * (4800/4096 - 1)) = ceil(2.75) = 3 -> 304 s
        assertThat(Vtime.encode(300 * S)).isEqualTo(0x3C);
        assertThat(Vtime.decodeNs(0x3C)).isEqualTo(304 * S);
        // just below 2^6 C = 4 s: a rounds up to 16, carries into b = 6, a = 0 -> exactly 4 s
        assertThat(Vtime.encode(4 * S - 1)).isEqualTo(0x06);
    }

    @Test
    void encodedValueIsTheSmallestRepresentableNotBelowTheInput() {
        SplittableRandom rnd = new SplittableRandom(7);
        for (int i = 0; i < 20_000; i++) {
            long t = Vtime.MIN_NS + rnd.nextLong(Vtime.MAX_NS - Vtime.MIN_NS);
            int code = Vtime.encode(t);
            assertThat(Vtime.decodeNs(code)).isGreaterThanOrEqualTo(t);
            for (int other = 0; other < 256; other++) {
                long v = Vtime.decodeNs(other);
                if (v >= t) {
                    assertThat(v).isGreaterThanOrEqualTo(Vtime.decodeNs(code));
                }
            }
        }
    }

    @Test
    void everyCodeRoundTrips() {
        for (int code = 0; code < 256; code++) {
            assertThat(Vtime.encode(Vtime.decodeNs(code))).as("code %02x", code).isEqualTo(code);
        }
    }

    @Test
    void outOfRangeTimesClampToTheExtremes() {
        assertThat(Vtime.encode(1)).isEqualTo(0x00);
        assertThat(Vtime.encode(Long.MAX_VALUE)).isEqualTo(0xFF);
    }
}
