package carma.mesh.emulation;

import carma.radio.propagation.LogDistancePathLoss;
import carma.mesh.link.RadioProfile;
import carma.mesh.link.RatePolicy;
import carma.radio.mobility.Stationary;
import carma.mesh.node.NodeId;
import carma.mesh.node.NodeRole;
import carma.mesh.node.NodeSpec;
import carma.radio.wifi.PhyFamily;
import carma.radio.wifi.PhyModeTable;
import carma.radio.wifi.SensitivityAnchoredErrorModel;
import carma.radio.wifi.WifiStandard;
import java.util.ArrayList;
import java.util.List;

/** Reusable topologies and radio set-ups of the mesh experiments and tests. */
public final class Topologies {
    private Topologies() {}

    /** CARMNET nodes n0..n(k-1) on a line, {@code spacingM} apart. */
    public static List<NodeSpec> chain(int nodes, double spacingM) {
        List<NodeSpec> out = new ArrayList<>();
        for (int i = 0; i < nodes; i++) {
            out.add(new NodeSpec(new NodeId(i), "n" + i, NodeRole.CARMNET, Stationary.at(spacingM * i, 0), false, false));
        }
        return out;
    }

    /**
     * An 802.11b radio: 18 dBm, NF 7 dB, log-distance n = 3 (free-space reference at 2.412 GHz),
     * broadcast at 1 Mbit/s, unicast at {@code fixedRateBps} or chosen from the SNR (3 dB margin)
     * when it is 0, and carrier sense at {@code carrierSenseDbm}.
     */
    public static RadioProfile ieee80211b(long fixedRateBps, double carrierSenseDbm) {
        WifiStandard b = WifiStandard.IEEE_802_11B;
        PhyModeTable t = PhyModeTable.standard();
        RatePolicy rates = fixedRateBps > 0 ? RatePolicy.fixed(t.mode(PhyFamily.DSSS, fixedRateBps))
                : RatePolicy.fromSnr(t, b, 3.0);
        return RadioProfile.builder80211g()
                .standard(b)
                .table(t)
                .pathLoss(LogDistancePathLoss.withFreeSpaceReference(b.carrierHz(), 3.0))
                .txPowerDbm(18)
                .noiseFigureDb(7)
                .carrierSenseDbm(carrierSenseDbm)
                .broadcastMode(t.mode(PhyFamily.DSSS, 1_000_000))
                .rates(rates)
                .errors(new SensitivityAnchoredErrorModel(b, 2.0))
                .macQueueFrames(2)
                .retryLimit(7)
                .build();
    }
}
