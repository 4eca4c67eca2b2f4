package carma.radio.link;

import carma.radio.wifi.PhyFamily;
import carma.radio.wifi.PhyMode;
import carma.radio.wifi.PhyModeTable;
import java.util.List;

/**
 * IEEE 802.11a/g rate selection from the SNR (AROMA: WLAN hotspots do not interfere, quality is the
 * SNR, paper §5.2.7). A rate is usable when the received power reaches its minimum sensitivity,
 * expressed here as an SNR threshold {@code sensitivity − noise floor} for the receiver noise
 * figure in use; the frame error rate at the chosen rate is 10 % at the threshold (the sensitivity
 * definition) and falls by a decade every {@code slopeDbPerDecade} dB above it [reconstructed].
 * Data: the OFDM rows of carma's one 802.11 rate table ({@link PhyModeTable}, resource
 * {@code carma/radio/wifi/phy-modes.csv}). This is the RAN emulator's hotspot link model; the
 * mesh's 802.11 model lives in {@code carma.radio.wifi}.
 */
public final class WlanRates {
    private final double[] phyRateBps;
    private final double[] macRateBps;
    private final double[] snrThresholdDb;
    private final double slopeDbPerDecade;

    /** {@code modes} slowest first, each with its MAC rate. */
    public WlanRates(List<PhyMode> modes, double bandwidthHz, double noiseFigureDb, double slopeDbPerDecade) {
        int n = modes.size();
        phyRateBps = new double[n];
        macRateBps = new double[n];
        snrThresholdDb = new double[n];
        double noise = ThermalNoise.noiseDbm(bandwidthHz, noiseFigureDb);
        for (int r = 0; r < n; r++) {
            PhyMode mode = modes.get(r);
            phyRateBps[r] = mode.rateBps();
            snrThresholdDb[r] = mode.sensitivityDbm() - noise;
            macRateBps[r] = mode.macRateBps();
        }
        this.slopeDbPerDecade = slopeDbPerDecade;
    }

    /** 802.11a/g, 20 MHz, receiver noise figure 10 dB, 2 dB per decade. */
    public static WlanRates ieee80211ag() {
        return new WlanRates(PhyModeTable.standard().modes(PhyFamily.OFDM), 20e6, 10, 2);
    }

    /** Index of the fastest usable rate at {@code snrDb}, or −1 when none is (out of coverage). */
    public int select(double snrDb) {
        for (int r = phyRateBps.length - 1; r >= 0; r--) {
            if (snrDb >= snrThresholdDb[r]) {
                return r;
            }
        }
        return -1;
    }

    public double phyRateBps(int rate) {
        return phyRateBps[rate];
    }

    /** Effective MAC throughput (overheads of one 1500-byte MSDU exchange included). */
    public double macRateBps(int rate) {
        return macRateBps[rate];
    }

    public double snrThresholdDb(int rate) {
        return snrThresholdDb[rate];
    }

    /** Frame error rate at {@code snrDb} for rate {@code rate}. */
    public double frameErrorRate(int rate, double snrDb) {
        double margin = snrDb - snrThresholdDb[rate];
        return Math.min(1, 0.1 * Math.pow(10, -margin / slopeDbPerDecade));
    }

    public int rates() {
        return phyRateBps.length;
    }
}
