package carma.radio.wifi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class FrameAirtimeTest {
    private final PhyModeTable table = PhyModeTable.standard();
    private final FrameAirtime ofdm = new FrameAirtime(WifiStandard.IEEE_802_11A, table);

    @Test
    void ofdmPpduFollowsTheTxtimeFormula() {
        // 1536-octet PSDU at 54 Mbit/s: ceil((16 + 12288 + 6) / 216) = 57 symbols -> 20 + 228 us
        assertThat(ofdm.ppduNs(table.mode(PhyFamily.OFDM, 54_000_000), 1536)).isEqualTo(248_000);
        // ACK at 6 Mbit/s: ceil(134 / 24) = 6 symbols -> 44 us
        assertThat(ofdm.ackNs(table.mode(PhyFamily.OFDM, 6_000_000))).isEqualTo(44_000);
    }

    @Test
    void dsssPpduHasTheLongPreamble() {
        FrameAirtime dsss = new FrameAirtime(WifiStandard.IEEE_802_11B, table);
        assertThat(dsss.ppduNs(table.mode(PhyFamily.DSSS, 1_000_000), 14)).isEqualTo(192_000 + 112_000);
        assertThat(dsss.ppduNs(table.mode(PhyFamily.DSSS, 11_000_000), 1100)).isEqualTo(192_000 + 800_000);
    }

    /** fair-mesh.md section 4.1, effective MAC rate for a 1500-octet MSDU without collisions. */
    @Test
    void singleSenderThroughputMatchesTheEffectiveRateTable() {
        double[][] expected = {{6, 5.4}, {9, 7.7}, {12, 10.0}, {18, 14.1}, {24, 17.6}, {36, 23.6}, {48, 28.2}, {54, 30.5}};
        int psdu = FrameAirtime.psduBytesForIpPacket(1500);
        for (double[] row : expected) {
            PhyMode mode = table.mode(PhyFamily.OFDM, Math.round(row[0] * 1e6));
            // the table is rounded to 0.1 Mbit/s
            assertThat(ofdm.singleSenderThroughputBps(mode, 1500, psdu) / 1e6).as(mode.toString())
                    .isCloseTo(row[1], within(0.051));
        }
    }

    @Test
    void rateSelectionPicksTheFastestModeWhoseSensitivityIsMet() {
        assertThat(table.fastestForRxPower(PhyFamily.OFDM, -68.0)).map(PhyMode::rateBps).contains(36_000_000L);
        assertThat(table.fastestForRxPower(PhyFamily.OFDM, -82.0)).map(PhyMode::rateBps).contains(6_000_000L);
        assertThat(table.fastestForRxPower(PhyFamily.OFDM, -82.5)).isEmpty();
        // SNR thresholds are sensitivity minus the -91 dBm reference noise floor (20 MHz, NF 10 dB)
        assertThat(ReceiverNoise.referenceNoiseFloorDbm(WifiStandard.IEEE_802_11A)).isCloseTo(-91.0, within(0.05));
        assertThat(table.fastestForSnr(WifiStandard.IEEE_802_11A, 26.0)).map(PhyMode::rateBps).contains(54_000_000L);
        assertThat(table.fastestForSnr(WifiStandard.IEEE_802_11A, 8.9)).isEmpty();
    }

    @Test
    void errorModelIsAnchoredAtTheSensitivityPointAndMonotone() {
        SensitivityAnchoredErrorModel model = new SensitivityAnchoredErrorModel(WifiStandard.IEEE_802_11A, 2.0);
        PhyMode m6 = table.mode(PhyFamily.OFDM, 6_000_000);
        double th = ReceiverNoise.snrThresholdDb(WifiStandard.IEEE_802_11A, m6);
        assertThat(model.frameErrorProbability(m6, th, 1000)).isCloseTo(0.10, within(1e-12));
        assertThat(model.frameErrorProbability(m6, th + 2, 1000)).isCloseTo(0.01, within(1e-12));
        assertThat(model.frameErrorProbability(m6, th - 3, 1000)).isEqualTo(1.0);
        // a longer frame fails more often at the same SINR
        assertThat(model.frameErrorProbability(m6, th + 1, 2000)).isGreaterThan(model.frameErrorProbability(m6, th + 1, 1000));
    }
}
