package carma.olsr.lq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class EtxFfEstimatorTest {

    private static final long HELLO_MS = 2000;

    @Test
    void quickStartWindowCountsTheInitialTotalsOfThree() {
        EtxFfEstimator e = new EtxFfEstimator();
        e.onPacket(1);                       // diff 1 from the initial 0: received 1, total 3 + 1
        e.onWindowTimer(HELLO_MS);           // window grows 4 -> 5: total = 4 + 4 * 3 = 16
        assertThat(e.windowSize()).isEqualTo(5);
        assertThat(e.rawLq()).isEqualTo(255 * 1 / 16);
        assertThat(e.lq()).isEqualTo(15);    // first change from 0 is always relevant
    }

    @Test
    void lossFreeLinkConvergesToFullQualityAndLossyLinkToItsDeliveryRatio() {
        EtxFfEstimator perfect = new EtxFfEstimator();
        EtxFfEstimator half = new EtxFfEstimator();
        int seq = 0;
        for (int s = 0; s < 40; s++) {
            seq += 2;
            perfect.onPacket(seq - 1);
            perfect.onPacket(seq);
            half.onPacket(seq);              // every other packet lost: seq_diff 2
            perfect.onWindowTimer(HELLO_MS);
            half.onWindowTimer(HELLO_MS);
        }
        assertThat(perfect.windowSize()).isEqualTo(EtxFfEstimator.WINDOW);
        assertThat(perfect.lq()).isEqualTo(255);
        assertThat(half.rawLq()).isEqualTo(127);   // floor(255 * 31 / 62): the active slot is empty
    }

    @Test
    void sequenceNumbersWrapAndLargeJumpsCountAsOne() {
        EtxFfEstimator e = new EtxFfEstimator();
        e.onPacket(65534);                   // jump from 0 > 256: counts 1
        e.onPacket(1);                       // wrap: 65534 -> 1 is 3 packets
        e.onPacket(1);                       // duplicate: ignored
        e.onPacket(300);                     // jump of 299 > 256: counts 1
        e.onWindowTimer(HELLO_MS);
        // received 3, total in slot 0 = 3 + 1 + 3 + 1 = 8, plus 4 slots * 3 = 20
        assertThat(e.rawLq()).isEqualTo(255 * 3 / 20);
    }

    @Test
    void missedHellosReduceTheReceivedCount() {
        EtxFfEstimator e = new EtxFfEstimator();
        for (int s = 1; s <= 40; s++) {
            e.onPacket(s);
            e.onWindowTimer(HELLO_MS);
        }
        assertThat(e.lq()).isEqualTo(255);
        e.onHelloMissed();
        e.onHelloMissed();
        e.onWindowTimer(HELLO_MS);
        // 31 received / 31 total over the window (the active slot is empty), received reduced by
        // (32 - 2 missed * 2 s) / 32: floor(31 * 28 / 32) = 27 -> LQ = floor(255 * 27 / 31)
        assertThat(e.rawLq()).isEqualTo(255 * 27 / 31);
        assertThat(e.missedHellos()).isEqualTo(2);
        e.onPacket(41);
        assertThat(e.missedHellos()).isZero();
    }

    @Test
    void publicationHysteresisIgnoresChangesOfATenthOrLess() {
        assertThat(EtxFfEstimator.relevantChange(200, 190)).isFalse();
        assertThat(EtxFfEstimator.relevantChange(200, 180)).isFalse();
        assertThat(EtxFfEstimator.relevantChange(200, 179)).isTrue();
        assertThat(EtxFfEstimator.relevantChange(200, 220)).isFalse();
        assertThat(EtxFfEstimator.relevantChange(200, 221)).isTrue();
        assertThat(EtxFfEstimator.relevantChange(250, 255)).isTrue();
        assertThat(EtxFfEstimator.relevantChange(100, 100)).isFalse();
    }

    @Test
    void nlqIsTheNeighboursAdvertisedLqAndEtxIsTheInverseProduct() {
        EtxFfEstimator e = new EtxFfEstimator();
        for (int s = 1; s <= 40; s++) {
            e.onPacket(s);
            e.onNeighborLq(128);
            e.onWindowTimer(HELLO_MS);
        }
        assertThat(e.nlq()).isEqualTo(128);
        assertThat(e.etx()).isCloseTo(255.0 * 255.0 / (255 * 128), within(1e-12));
    }

    @Test
    void etxIsInfiniteBelowTheMinimalUsefulLinkQuality() {
        assertThat(EtxMetric.etx(255, 255)).isEqualTo(1.0);
        assertThat(EtxMetric.etx(0, 255)).isInfinite();
        assertThat(EtxMetric.etx(255, 0)).isInfinite();
        assertThat(EtxMetric.etx(24, 255)).isInfinite();
        assertThat(EtxMetric.etx(25, 255)).isCloseTo(10.2, within(1e-9));
        assertThat(EtxMetric.etxOfRatios(0.5, 0.8)).isCloseTo(2.5, within(1e-12));
        assertThat(EtxMetric.etxOfRatios(0.0, 0.8)).isInfinite();
    }
}
