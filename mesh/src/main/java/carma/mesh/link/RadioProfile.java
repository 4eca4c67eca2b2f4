package carma.mesh.link;

import carma.radio.propagation.LogDistancePathLoss;
import carma.radio.propagation.PathLossModel;
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
        return builder80211g().build();
    }

    /** A builder holding the defaults of {@link #defaults80211g()}. */
    public static Builder builder80211g() {
        WifiStandard std = WifiStandard.IEEE_802_11G;
        PhyModeTable t = PhyModeTable.standard();
        return new Builder()
                .standard(std)
                .table(t)
                .pathLoss(LogDistancePathLoss.withFreeSpaceReference(std.carrierHz(), 3.0))
                .txPowerDbm(18.0)
                .noiseFigureDb(7.0)
                .carrierSenseDbm(-82.0)
                .broadcastMode(t.lowest(std.family()))
                .rates(RatePolicy.fromSnr(t, std, 3.0))
                .errors(new SensitivityAnchoredErrorModel(std, 2.0))
                .macQueueFrames(2)
                .retryLimit(7);
    }

    public RadioProfile withPathLoss(PathLossModel model) {
        return toBuilder().pathLoss(model).build();
    }

    public RadioProfile withRates(RatePolicy policy, PhyMode broadcast) {
        return toBuilder().rates(policy).broadcastMode(broadcast).build();
    }

    public RadioProfile withMacQueueFrames(int frames) {
        return toBuilder().macQueueFrames(frames).build();
    }

    public double noiseFloorDbm() {
        return ReceiverNoise.noiseFloorDbm(standard.noiseBandwidthHz(), noiseFigureDb);
    }

    public FrameAirtime airtime() {
        return new FrameAirtime(standard, table);
    }

    /** A builder preset to this record's values. */
    public Builder toBuilder() {
        return new Builder()
                .standard(standard)
                .table(table)
                .pathLoss(pathLoss)
                .txPowerDbm(txPowerDbm)
                .noiseFigureDb(noiseFigureDb)
                .carrierSenseDbm(carrierSenseDbm)
                .broadcastMode(broadcastMode)
                .rates(rates)
                .errors(errors)
                .macQueueFrames(macQueueFrames)
                .retryLimit(retryLimit);
    }

    /** Named construction of a {@link RadioProfile}; every component is set by name. */
    public static final class Builder {
        private WifiStandard standard;
        private PhyModeTable table;
        private PathLossModel pathLoss;
        private double txPowerDbm;
        private double noiseFigureDb;
        private double carrierSenseDbm;
        private PhyMode broadcastMode;
        private RatePolicy rates;
        private FrameErrorModel errors;
        private int macQueueFrames;
        private int retryLimit;

        private Builder() {}

        public Builder standard(WifiStandard value) {
            this.standard = value;
            return this;
        }

        public Builder table(PhyModeTable value) {
            this.table = value;
            return this;
        }

        public Builder pathLoss(PathLossModel value) {
            this.pathLoss = value;
            return this;
        }

        public Builder txPowerDbm(double value) {
            this.txPowerDbm = value;
            return this;
        }

        public Builder noiseFigureDb(double value) {
            this.noiseFigureDb = value;
            return this;
        }

        public Builder carrierSenseDbm(double value) {
            this.carrierSenseDbm = value;
            return this;
        }

        public Builder broadcastMode(PhyMode value) {
            this.broadcastMode = value;
            return this;
        }

        public Builder rates(RatePolicy value) {
            this.rates = value;
            return this;
        }

        public Builder errors(FrameErrorModel value) {
            this.errors = value;
            return this;
        }

        public Builder macQueueFrames(int value) {
            this.macQueueFrames = value;
            return this;
        }

        public Builder retryLimit(int value) {
            this.retryLimit = value;
            return this;
        }

        public RadioProfile build() {
            return new RadioProfile(standard, table, pathLoss, txPowerDbm, noiseFigureDb, carrierSenseDbm,
                    broadcastMode, rates, errors, macQueueFrames, retryLimit);
        }
    }
}
