package carma.ran.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import carma.kernel.random.RandomStream;
import carma.kernel.random.RandomStreams;
import carma.radio.link.HsdpaCqiTable;
import carma.radio.link.SinrToCqi;
import org.junit.jupiter.api.Test;

class HsdpaTtiAllocationTest {
    private static final HsdpaCqiTable TABLE = HsdpaCqiTable.category12();
    private static final SinrToCqi MAPPING = SinrToCqi.brouwer();

    /**
     * Random cells (1–15 codes, 1–4 HS-SCCHs) and loads (1–8 requesters, SINR −20…+15 dB, 1–20,000
     * buffered bits): the shares given out sum to the whole HS power whenever someone is served,
     * never more; the codes never exceed the cell's; every served user's SINR at its own share
     * reaches the 10 % BLER point of its format. (Checked once against the former model, every
     * served user at the full HS power: the power sum then reaches the number of users served and
     * this test fails.)
     */
    @Test
    void powerAndCodesAreConservedOnRandomCellsAndLoads() {
        RandomStream rnd = new RandomStreams(11).stream("allocation-test");
        int servedSomeone = 0;
        int sharedTtis = 0;
        for (int trial = 0; trial < 20_000; trial++) {
            int codes = 1 + (int) (rnd.nextDouble() * 15);
            int hsScch = 1 + (int) (rnd.nextDouble() * 4);
            HsdpaTtiAllocation a = new HsdpaTtiAllocation(TABLE, MAPPING, codes, hsScch);
            int requesters = 1 + (int) (rnd.nextDouble() * 8);
            double[] sinrDb = new double[requesters];
            for (int u = 0; u < requesters && a.hasRoom(); u++) {
                sinrDb[u] = -20 + 35 * rnd.nextDouble();
                a.offer(u, sinrDb[u], 1 + (long) (rnd.nextDouble() * 20_000));
            }
            a.finish();
            assertThat(a.conserved()).isTrue();
            assertThat(a.served()).isLessThanOrEqualTo(hsScch);
            double power = 0;
            int used = 0;
            for (int i = 0; i < a.served(); i++) {
                power += a.powerShare(i);
                used += a.codes(i);
                double ownSinrDb = sinrDb[a.user(i)] + 10 * Math.log10(a.powerShare(i));
                assertThat(ownSinrDb).isGreaterThanOrEqualTo(MAPPING.sinrAt10PercentBlerDb(a.format(i)) - 1e-9);
            }
            assertThat(used).isEqualTo(a.codesUsed()).isLessThanOrEqualTo(codes);
            if (a.served() > 0) {
                servedSomeone++;
                assertThat(power).isCloseTo(1, within(1e-12));
            }
            sharedTtis += a.served() > 1 ? 1 : 0;
        }
        assertThat(servedSomeone).isGreaterThan(10_000);
        assertThat(sharedTtis).isGreaterThan(1_000);
    }

    /**
     * Two users near the Node-B (reported SINR +3 dB, CQI 20, and 0 dB, CQI 16) with full buffers:
     * the first gets the CQI-15 format with the power it needs, 10^((SINR_10%(15) − 3)/10), the
     * second the CQI-15 format with the rest; 10 of 15 codes are used.
     */
    @Test
    void theFirstUserGetsTheLeastPowerForItsFormatAndTheLastTakesTheRest() {
        HsdpaTtiAllocation a = new HsdpaTtiAllocation(TABLE, MAPPING, 15, 4);
        assertThat(a.offer(7, 3, 100_000)).isTrue();
        assertThat(a.offer(9, 0, 100_000)).isTrue();
        a.finish();
        double need = Math.pow(10, (1.02 * (15 - 16.62) - 3) / 10);
        assertThat(a.served()).isEqualTo(2);
        assertThat(a.format(0)).isEqualTo(15);
        assertThat(a.powerShare(0)).isCloseTo(need, within(1e-12));
        assertThat(a.user(1)).isEqualTo(9);
        assertThat(a.powerShare(1)).isCloseTo(1 - need, within(1e-12));
        // 0 dB + 10·log10(1 − 0.34) = −1.8 dB: CQI 14 → the 4-code format at the power left
        assertThat(a.format(1)).isEqualTo(MAPPING.cqi(10 * Math.log10(1 - need)));
        assertThat(a.codesUsed()).isEqualTo(5 + TABLE.codes(a.format(1)));
    }

    /** A small buffer gets the smallest format that empties it, and so less power. */
    @Test
    void aSmallBufferTakesTheSmallestFormatThatEmptiesIt() {
        HsdpaTtiAllocation a = new HsdpaTtiAllocation(TABLE, MAPPING, 15, 4);
        a.offer(1, 3, 1_000);
        assertThat(a.format(0)).isEqualTo(10); // 1262 bits ≥ 1000 > 931
        assertThat(a.powerShare(0)).isCloseTo(Math.pow(10, (1.02 * (10 - 16.62) - 3) / 10), within(1e-12));
    }
}
