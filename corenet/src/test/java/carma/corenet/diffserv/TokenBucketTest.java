package carma.corenet.diffserv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenBucketTest {
    /** Offered 4× the rate: what conforms over T lies in [r·T − one packet, r·T + depth]. */
    @Test
    void conformingBytesAreTheRateTimesTimePlusAtMostTheDepth() {
        long rateBps = 28_800;
        TokenBucket tb = new TokenBucket(rateBps, 3000, 0);
        long gapNs = 5_000_000; // 72-B packets every 5 ms = 115.2 kbit/s
        long conforming = 0;
        long t = 0;
        for (; t < 100_000_000_000L; t += gapNs) {
            if (tb.conforms(72, t)) {
                conforming += 72;
            }
        }
        double budget = rateBps / 8.0 * t / 1e9;
        assertThat((double) conforming).isBetween(budget - 72, budget + 3000);
    }

    @Test
    void aBurstUpToTheDepthPassesAtOnce() {
        TokenBucket tb = new TokenBucket(8_000, 3000, 0);
        int passed = 0;
        for (int i = 0; i < 100; i++) {
            passed += tb.conforms(100, 0) ? 1 : 0;
        }
        assertThat(passed).isEqualTo(30);
    }
}
