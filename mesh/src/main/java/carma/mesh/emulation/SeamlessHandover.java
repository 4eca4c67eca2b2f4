package carma.mesh.emulation;

import carma.kernel.time.SimTime;
import carma.kernel.trace.TraceBus;
import carma.mesh.handover.RelaySession;
import carma.mesh.handover.RelaySwitch;
import carma.mesh.measure.FlowSample;
import carma.mesh.measure.FlowSummary;
import carma.mesh.measure.HandoverMeasured;
import carma.mesh.measure.RouteChange;
import carma.radio.geometry.Position;
import carma.radio.mobility.Stationary;
import carma.radio.mobility.TimedWaypointTrajectory;
import carma.mesh.net.FlowId;
import carma.mesh.net.FlowSpec;
import carma.mesh.net.NatBinding;
import carma.mesh.net.TrafficType;
import carma.mesh.node.NodeId;
import carma.mesh.node.NodeRole;
import carma.mesh.node.NodeSpec;
import carma.mesh.transport.TcpLikeFlow;
import java.util.List;

/**
 * The seamless-handover field experiment (seed sections VII-B and VIII, Fig. 6 and 8): public WiFi
 * #1 and #2 with a gap between them, bridged by CARMNET nodes n1 (associated with #1, sharing) and
 * n2 (associated with #2, sharing); the mobile node walks from #1 through the mesh to #2 with a
 * TCP download from the Internet host. Each node behind its own gateway has another NAT address,
 * so every gateway change would break a plain TCP session; with {@code relay} the CNAPT/SNAPT
 * relay re-attaches the session. The server produces data at {@code serverRateBps} (0 = bulk); what
 * it produces during a switch waits in the SNAPT and follows as a burst. Geometry [reconstructed]: AP1 at x = 0, n1 at 50 m, n2 at 210 m,
 * AP2 at 260 m (n1 and n2 cannot hear each other); the mobile walks from 10 m to 250 m.
 */
public final class SeamlessHandover {
    /** What the experiment varies. */
    public record Params(double walkSpeedMps, boolean relay, long relayMonitorNs, long seed, SchedulerKind scheduler,
            long serverRateBps, RoutingKind routing) {
        /** Walking pace 1.4 m/s, relay on, WiOptiMo monitoring every second, DANUM, server at 2 Mbit/s, OLSR. */
        public static Params paper(long seed) {
            return new Params(1.4, true, SimTime.NANOS_PER_SECOND, seed, SchedulerKind.DANUM, 2_000_000L, RoutingKind.OLSR);
        }
    }

    /** Everything the evaluation needs. */
    public record Outcome(MeshEmulation.Result run, FlowSummary flow, List<FlowSample> samples,
            List<HandoverMeasured> handovers, List<RelaySwitch> relaySwitches, List<RouteChange> routeChanges,
            long flowStartNs, long walkStartNs, long walkEndNs, long brokenAtNs, MeshEmulation emulation) {}

    public static final double START_X = 10;
    public static final double END_X = 250;

    private SeamlessHandover() {}

    public static List<NodeSpec> nodes(long walkStartNs, double speedMps) {
        return List.of(
                NodeSpec.of(0, "wifi1", NodeRole.PUBLIC_AP, Stationary.at(0, 0)),
                new NodeSpec(new NodeId(1), "n1", NodeRole.CARMNET, Stationary.at(50, 0), true, true),
                new NodeSpec(new NodeId(2), "n2", NodeRole.CARMNET, Stationary.at(210, 0), true, true),
                NodeSpec.of(3, "wifi2", NodeRole.PUBLIC_AP, Stationary.at(260, 0)),
                new NodeSpec(new NodeId(4), "mobile", NodeRole.CARMNET,
                        TimedWaypointTrajectory.linear(new Position(START_X, 0), new Position(END_X, 0), walkStartNs,
                                speedMps), false, true),
                NodeSpec.of(5, "internet", NodeRole.INTERNET_HOST, Stationary.at(150, -1000)));
    }

    public static Outcome run(Params p, TraceBus bus) {
        long flowStart = SimTime.NANOS_PER_SECOND;
        long walkStart = 10 * SimTime.NANOS_PER_SECOND;
        long walkEnd = walkStart + SimTime.nanosOfSeconds((END_X - START_X) / p.walkSpeedMps());
        long end = walkEnd + 10 * SimTime.NANOS_PER_SECOND;
        MeshEmulation.Setup setup = MeshEmulation.Setup.defaults(p.seed(), end, p.scheduler());
        setup = setup.withRouting(p.routing().factory(setup.config().controlBytes()));
        TraceCollector<FlowSample> samples = new TraceCollector<>(bus, FlowSample.class);
        TraceCollector<HandoverMeasured> handovers = new TraceCollector<>(bus, HandoverMeasured.class);
        TraceCollector<RelaySwitch> switches = new TraceCollector<>(bus, RelaySwitch.class);
        TraceCollector<RouteChange> routes = new TraceCollector<>(bus, RouteChange.class);
        MeshEmulation emu = new MeshEmulation(setup, nodes(walkStart, p.walkSpeedMps()), bus);
        Flows flows = new Flows(emu);
        TcpLikeFlow tcp = flows.tcp("tcp", TrafficType.FTP, "internet", "mobile", "mobile",
                TcpLikeFlow.Params.bulk(0).withAppRate(p.serverRateBps()), flowStart);
        if (p.relay()) {
            int session = tcp.dataFlow().session();
            FlowSpec attach = new FlowSpec(new FlowId(emu.newFlowId()), "relay-attach", session, TrafficType.FTP,
                    new NodeId(emu.node("mobile")), new NodeId(emu.node("internet")), "mobile", NatBinding.SESSION, true);
            FlowSpec confirm = new FlowSpec(new FlowId(emu.newFlowId()), "relay-confirm", session, TrafficType.FTP,
                    new NodeId(emu.node("internet")), new NodeId(emu.node("mobile")), "mobile", NatBinding.SESSION, true);
            new RelaySession(emu.network(), tcp, attach, confirm, flowStart, p.relayMonitorNs());
        }
        MeshEmulation.Result result = emu.run();
        List<FlowSample> tcpSamples = samples.records().stream().filter(s -> s.flow().equals("tcp")).toList();
        return new Outcome(result, emu.meters().get("tcp").summary(), tcpSamples, handovers.records(),
                switches.records(), routes.records(), flowStart, walkStart, walkEnd, brokenAt(tcpSamples, end), emu);
    }

    /** Start of the first run of at least 10 s without goodput that lasts to the end, or -1. */
    static long brokenAt(List<FlowSample> s, long endNs) {
        long lastGood = -1;
        for (FlowSample x : s) {
            if (x.goodputBps() > 0) {
                lastGood = x.timeNs();
            }
        }
        return lastGood >= 0 && endNs - lastGood >= 10 * SimTime.NANOS_PER_SECOND ? lastGood : -1;
    }
}
