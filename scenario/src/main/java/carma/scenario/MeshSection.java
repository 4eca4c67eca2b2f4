package carma.scenario;

import carma.mesh.emulation.RoutingKind;
import carma.mesh.emulation.SchedulerKind;
import carma.mesh.net.TrafficType;
import carma.mesh.node.NodeRole;
import carma.scenario.yaml.SpecWord;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The CARMNET mesh: {@code mesh: {radio, scheduler, routing, danum, denarii, nodes: [...], flows:
 * [...], steadyState}} (docs/scenario-format.md). Every choice is an enum or a sealed type.
 */
public record MeshSection(Radio radio, SchedulerKind scheduler, RoutingKind routing, Olsr olsr, Danum danum,
        Denarii denarii, List<Node> nodes, List<Flow> flows, SteadyState steadyState) implements ModelSection {
    public static final String KEY = "mesh";

    public MeshSection {
        nodes = List.copyOf(nodes);
        flows = List.copyOf(flows);
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public <R> R accept(Visitor<R> v) {
        return v.mesh(this);
    }

    /** The 802.11 PHY of the shared channel, as written in a scenario. */
    public enum Standard implements SpecWord {
        IEEE_802_11A("802.11a"),
        IEEE_802_11B("802.11b"),
        IEEE_802_11G("802.11g");

        private final String word;

        Standard(String word) {
            this.word = word;
        }

        @Override
        public String word() {
            return word;
        }
    }

    /** One shared 802.11 channel. {@code fixedRateMbps} 0 = rate from SNR. */
    public record Radio(Standard standard, double txPowerDbm, double pathLossExponent, double carrierSenseDbm,
            double fixedRateMbps) {}

    /**
     * The OLSR agents' parameters ({@code routing: olsr}); defaults are olsrd's for community networks
     * (RFC 3626 intervals, HELLO validity 20 s, TC/MID/HNA validity 300 s, etx_ff link quality,
     * TC_REDUNDANCY 2, MprCoverage 7).
     */
    public record Olsr(boolean linkQuality, double helloIntervalS, double neighbHoldS, double tcIntervalS,
            double topHoldS, double midHnaIntervalS, double midHnaHoldS, double duplicateHoldS,
            double lqWindowIntervalS, double maxJitterFraction, int willingness, int tcRedundancy, int mprCoverage,
            double routeRecalculationDelayMs) {}

    /** DANUM constants exposed in scenarios (the others keep their defaults). */
    public record Danum(double v, double advertPeriodMs) {}

    public record Denarii(double initialBalanceDenarii, double accessFeeDenariiPerKbyte) {}

    /**
     * The window [fromS, toS) of the per-flow steady-state figures of the report (packets created
     * in it: loss, delay mean, 95th percentile and maximum); the whole run by default.
     */
    public record SteadyState(double fromS, double toS) {}

    /** A waypoint of a moving node. */
    public record Waypoint(double atS, double xM, double yM) {}

    public record Node(String name, NodeRole role, double xM, double yM, boolean sharesInternet, boolean usesPublicWifi,
            List<Waypoint> path) {
        public Node {
            path = List.copyOf(path);
        }
    }

    /** A flow: {@code type: voip | cbr | tcp | ping}, each with its own keys. */
    public sealed interface Flow permits DatagramFlow, TcpFlow, PingFlow {
        String name();

        String from();

        String to();

        /** The node whose account pays for the flow. */
        String payer();

        double startS();
    }

    /** {@code voip} and {@code cbr}: one packet of {@code packetBytes} every {@code intervalMs}. */
    public enum DatagramType {
        VOIP,
        CBR
    }

    @JsonPropertyOrder({"name", "type", "trafficClass", "from", "to", "payer", "startS", "stopS", "packetBytes",
            "intervalMs"})
    public record DatagramFlow(String name, DatagramType type, TrafficType trafficClass, String from, String to,
            String payer, double startS, double stopS, double packetBytes, double intervalMs) implements Flow {}

    /**
     * A TCP transfer of {@code sizeBytes} (0 = unlimited), optionally through the CNAPT/SNAPT relay;
     * the sending application produces data at {@code appRateBps} (0 = all of it ready at once).
     */
    @JsonPropertyOrder({"name", "type", "trafficClass", "from", "to", "payer", "startS", "sizeBytes", "appRateBps",
            "relay"})
    public record TcpFlow(String name, TrafficType trafficClass, String from, String to, String payer, double startS,
            double sizeBytes, double appRateBps, boolean relay) implements Flow {
        public static final String TYPE = "tcp";

        @JsonProperty("type")
        public String type() {
            return TYPE;
        }
    }

    /** An ICMP echo every {@code intervalMs}. */
    @JsonPropertyOrder({"name", "type", "from", "to", "payer", "startS", "stopS", "intervalMs"})
    public record PingFlow(String name, String from, String to, String payer, double startS, double stopS,
            double intervalMs) implements Flow {
        public static final String TYPE = "ping";

        @JsonProperty("type")
        public String type() {
            return TYPE;
        }
    }
}
