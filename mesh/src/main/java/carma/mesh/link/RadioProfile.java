package carma.mesh.link;

import carma.radio.wifi.FrameAirtime;
import carma.radio.wifi.FrameErrorModel;
import carma.radio.wifi.PhyMode;
import carma.radio.wifi.PhyModeTable;
import carma.radio.wifi.ReceiverNoise;
import carma.radio.wifi.SensitivityAnchoredErrorModel;
import carma.radio.wifi.WifiStandard;
import java.util.Objects;

/**
 * The 802.11 radio shared by all nodes of one mesh (single channel).
 *
 * @param txPowerDbm transmit power incl. antenna gains
 * @param noiseFigureDb receiver noise figure
 * @param carrierSenseDbm a node defers while a transmission arrives at or above this power
 * @param broadcastMode PHY mode of broadcast frames (OLSR control, backlog adverts)
 * @param rates unicast rate selection
 * @param macQueueFrames frames the driver queue holds (DANUM's L_mac)
 * @param retryLimit unicast transmission attempts before a frame is dropped
 */
public record RadioProfile(WifiStandard standard, PhyModeTable table, PathLossModel pathLoss, double txPowerDbm,
        double noiseFigureDb, double carrierSenseDbm, PhyMode broadcastMode, RatePolicy rates,
        FrameErrorModel errors, int macQueueFrames, int retryLimit) {
    public RadioProfile {
        Objects.requireNonNull(standard, "standard");
        Objects.requireNonNull(pathLoss, "pathLoss");
        Objects.requireNonNull(rates, "rates");
        if (macQueueFrames < 1 || retryLimit < 1) {
            throw new IllegalArgumentException("MAC queue and retry limit must be >= 1");
        }
    }

    /**
     * 802.11g-like defaults: 18 dBm, NF 7 dB, log-distance n = 3.0 with free-space reference at
     * 2.412 GHz, carrier sense at the 6 Mbit/s sensitivity (-82 dBm), broadcast at 6 Mbit/s, rate
     * from SNR with 3 dB margin, PER slope 2 dB/decade, L_mac = 2, 7 attempts.
     */
    public static RadioProfile defaults80211g() {
        WifiStandard std = WifiStandard.IEEE_802_11G;
        PhyModeTable t = PhyModeTable.standard();
        return new RadioProfile(std, t, LogDistancePathLoss.withFreeSpaceReference(std.carrierHz(), 3.0), 18.0, 7.0,
                -82.0, t.lowest(std.family()), RatePolicy.fromSnr(t, std, 3.0),
                new SensitivityAnchoredErrorModel(std, 2.0), 2, 7);
    }

    public RadioProfile withPathLoss(PathLossModel model) {
        return new RadioProfile(standard, table, model, txPowerDbm, noiseFigureDb, carrierSenseDbm, broadcastMode, rates,
                errors, macQueueFrames, retryLimit);
    }

    public RadioProfile withRates(RatePolicy policy, PhyMode broadcast) {
        return new RadioProfile(standard, table, pathLoss, txPowerDbm, noiseFigureDb, carrierSenseDbm, broadcast, policy,
                errors, macQueueFrames, retryLimit);
    }

    public RadioProfile withMacQueueFrames(int frames) {
        return new RadioProfile(standard, table, pathLoss, txPowerDbm, noiseFigureDb, carrierSenseDbm, broadcastMode, rates,
                errors, frames, retryLimit);
    }

    public double noiseFloorDbm() {
        return ReceiverNoise.noiseFloorDbm(standard.noiseBandwidthHz(), noiseFigureDb);
    }

    public FrameAirtime airtime() {
        return new FrameAirtime(standard, table);
    }
}
