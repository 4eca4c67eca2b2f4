package carma.scenario.mesh;

import carma.scenario.ModelSection;
import java.util.List;

/**
 * The CARMNET mesh: {@code mesh: {radio, scheduler, routing, danum, denarii, nodes: [...], flows:
 * [...]}} (docs/scenario-format.md).
 */
public record MeshSection(Radio radio, String scheduler, String routing, Danum danum, Denarii denarii, List<Node> nodes,
        List<Flow> flows) implements ModelSection {
    public static final String KEY = "mesh";

    public MeshSection {
        nodes = List.copyOf(nodes);
        flows = List.copyOf(flows);
    }

    @Override
    public String key() {
        return KEY;
    }

    /** One shared 802.11 channel. {@code fixedRateMbps} 0 = rate from SNR. */
    public record Radio(String standard, double txPowerDbm, double pathLossExponent, double carrierSenseDbm,
            double fixedRateMbps) {}

    /** DANUM constants exposed in scenarios (the others keep their defaults). */
    public record Danum(double v, double advertPeriodMs) {}

    public record Denarii(double initialBalanceDenarii, double accessFeeDenariiPerKbyte) {}

    /** A waypoint of a moving node. */
    public record Waypoint(double atS, double xM, double yM) {}

    /** {@code role}: carmnet | public-ap | internet-host. */
    public record Node(String name, String role, double xM, double yM, boolean sharesInternet, boolean usesPublicWifi,
            List<Waypoint> path) {
        public Node {
            path = List.copyOf(path);
        }
    }

    /**
     * {@code type}: voip | cbr | tcp | ping; {@code trafficClass} the profile's traffic type (www,
     * email, voip, video, ftp, ping); {@code sizeBytes} of a TCP transfer (0 = unlimited).
     */
    public record Flow(String name, String type, String trafficClass, String from, String to, String payer, double startS,
            double stopS, double packetBytes, double intervalMs, double sizeBytes, boolean relay) {}
}
