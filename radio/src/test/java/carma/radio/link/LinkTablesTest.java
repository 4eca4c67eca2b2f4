package carma.radio.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class LinkTablesTest {
    @Test
    void everyTableStatesAxesUnitsAndSource() {
        for (String name : new String[] {"hsdpa-cqi-table-7e.csv", "hsdpa-bler.csv", "geran-cs-bler.csv"}) {
            LinkLevelTable t = LinkLevelTable.load(name);
            assertThat(t.header("source")).isNotBlank();
            assertThat(t.header("axes")).isNotBlank();
            assertThat(t.header("units")).isNotBlank();
        }
        assertThatThrownBy(() -> LinkLevelTable.parse("x", new BufferedReader(new StringReader("# table: t\na,b\n1,2\n"))))
                .hasMessageContaining("axes");
    }

    @Test
    void category12CqiTableSaturatesAtCqi15WithFiveCodes() {
        HsdpaCqiTable t = HsdpaCqiTable.category12();
        assertThat(t.tbsBits(1)).isEqualTo(137);
        assertThat(t.tbsBits(15)).isEqualTo(3319);
        assertThat(t.tbsBits(27)).isEqualTo(3319);
        assertThat(t.codes(15)).isEqualTo(5);
        assertThat(t.codes(9)).isEqualTo(2);
        assertThat(t.tbsBits(0)).isZero();
        assertThat(t.formatCqi(22)).isEqualTo(15);
        assertThat(t.cqiForCodes(20, 3)).isEqualTo(12);
    }

    @Test
    void brouwerMappingAndBlerCurvesAgreeOnTheTenPercentPoint() {
        SinrToCqi map = SinrToCqi.brouwer();
        assertThat(map.cqi(-1.7)).isEqualTo(14); // floor(-1.667 + 16.62) = 14
        assertThat(map.cqi(-1.6)).isEqualTo(15);
        assertThat(map.cqi(-40)).isZero();
        assertThat(map.cqi(40)).isEqualTo(30);
        BlerCurves curves = new BlerCurves(LinkLevelTable.load("hsdpa-bler.csv"));
        for (int cqi = 1; cqi <= 15; cqi++) {
            assertThat(curves.bler(cqi - 1, map.sinrAt10PercentBlerDb(cqi))).isCloseTo(0.1, within(0.02));
            assertThat(curves.bler(cqi - 1, map.sinrAt10PercentBlerDb(cqi) + 3)).isLessThan(0.02);
        }
    }

    @Test
    void thermalNoiseMatchesTheReferenceValues() {
        assertThat(ThermalNoise.noiseDbm(3.84e6, 0)).isCloseTo(-108.2, within(0.05));
        assertThat(ThermalNoise.noiseDbm(200e3, 0)).isCloseTo(-121.0, within(0.05));
        assertThat(ThermalNoise.noiseDbm(20e6, 0)).isCloseTo(-101.0, within(0.05));
    }

    @Test
    void geranLinkAdaptationUsesStrongerCodingAtLowCir() {
        GeranCodingSchemes g = GeranCodingSchemes.standard();
        assertThat(g.select(0)).isEqualTo(0);
        assertThat(g.select(30)).isEqualTo(3);
        assertThat(g.payloadBits(0) * 1e9 / GeranCodingSchemes.RADIO_BLOCK_NS).isCloseTo(9050, within(1e-9));
    }

    @Test
    void wlanRateFollowsSensitivityThresholds() {
        WlanRates w = WlanRates.ieee80211ag();
        // noise floor -174 + 73 + 10 = -91 dBm: 6 Mbit/s needs -82 dBm, i.e. 9 dB SNR; 54 Mbit/s 26 dB
        assertThat(w.snrThresholdDb(0)).isCloseTo(9, within(0.05));
        assertThat(w.select(8)).isEqualTo(-1);
        assertThat(w.phyRateBps(w.select(30))).isEqualTo(54e6);
        assertThat(w.frameErrorRate(0, w.snrThresholdDb(0))).isCloseTo(0.1, within(1e-12));
    }

    @Test
    void uplinkNoiseRiseOfHalfLoadIsThreeDb() {
        assertThat(UtranUplink.noiseRiseDb(0.5)).isCloseTo(3.01, within(0.01));
        // 12.2 kbit/s voice, Eb/N0 5 dB, activity 0.67: about 0.0067 per connection (Holma & Toskala)
        assertThat(UtranUplink.loadOfConnection(5, 12_200, 0.67)).isCloseTo(0.0067, within(0.0003));
    }
}
