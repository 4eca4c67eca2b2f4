package carma.mesh.emulation;

import carma.kernel.time.SimTime;
import carma.kernel.trace.TraceBus;
import carma.mesh.measure.BalanceSample;
import carma.mesh.measure.FlowSummary;
import carma.mesh.measure.PingResult;
import carma.mesh.measure.RouteChange;
import carma.radio.geometry.Position;
import carma.radio.mobility.Stationary;
import carma.radio.mobility.TimedWaypointTrajectory;
import carma.mesh.net.TrafficType;
import carma.mesh.node.NodeId;
import carma.mesh.node.NodeRole;
import carma.mesh.node.NodeSpec;
import carma.mesh.transport.TcpLikeFlow;
import java.util.List;

/**
 * The coverage-extension field experiment (seed section VII-A, Fig. 5): a public AP with a wired
 * uplink; n1 in its range, associated and sharing; n2 only in range of n1; the user starts next to
 * n1 and walks toward n2 and beyond, pinging an Internet host every second; at the end of the path
 * it downloads a file over TCP (30 s after arriving there), still pinging. The user does not associate with the public WiFi itself (it reaches
 * the Internet through n1, as in the paper). Geometry [reconstructed; the paper gives none]: AP at
 * x = 0, n1 at 30 m, n2 at 110 m, the user walks from 35 m to 190 m.
 */
public final class CoverageExtension {
    /** What the experiment varies. */
    public record Params(double walkSpeedMps, long fileBytes, long seed, SchedulerKind scheduler, RoutingKind routing) {
        public static Params paper(long seed) {
            return new Params(1.0, 15_000_000L, seed, SchedulerKind.DANUM, RoutingKind.OLSR);
        }
    }

    /** Everything the evaluation needs. */
    public record Outcome(MeshEmulation.Result run, List<PingResult> pings, List<BalanceSample> balances,
            List<RouteChange> routeChanges, FlowSummary download, long downloadStartNs, long downloadCompletedNs,
            long walkStartNs, long walkEndNs, double apRangeXm, double userStartXm, double speedMps,
            MeshEmulation emulation) {}

    public static final double USER_START_X = 35;
    /** The user stands at the end of the path this long before starting the download. */
    public static final long DOWNLOAD_PAUSE_NS = 30 * SimTime.NANOS_PER_SECOND;
    public static final double USER_END_X = 190;

    private CoverageExtension() {}

    /** Distance at which the received power falls to {@code thresholdDbm} (bisection on the path loss). */
    public static double rangeM(carma.mesh.link.RadioProfile radio, double thresholdDbm) {
        double lo = 1;
        double hi = 100_000;
        for (int i = 0; i < 100; i++) {
            double mid = 0.5 * (lo + hi);
            if (radio.txPowerDbm() - radio.pathLoss().pathLossDb(mid) >= thresholdDbm) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    public static List<NodeSpec> nodes(long walkStartNs, double speedMps) {
        return List.of(
                NodeSpec.of(0, "wifi", NodeRole.PUBLIC_AP, Stationary.at(0, 0)),
                new NodeSpec(new NodeId(1), "n1", NodeRole.CARMNET, Stationary.at(30, 0), true, true),
                NodeSpec.carmnet(2, "n2", Stationary.at(110, 0)),
                NodeSpec.carmnet(3, "user", TimedWaypointTrajectory.linear(new Position(USER_START_X, 0),
                        new Position(USER_END_X, 0), walkStartNs, speedMps)),
                NodeSpec.of(4, "internet", NodeRole.INTERNET_HOST, Stationary.at(0, -1000)));
    }

    public static Outcome run(Params p, TraceBus bus) {
        long walkStart = 5 * SimTime.NANOS_PER_SECOND;
        long walkEnd = walkStart + SimTime.nanosOfSeconds((USER_END_X - USER_START_X) / p.walkSpeedMps());
        long downloadStart = walkEnd + DOWNLOAD_PAUSE_NS;
        long end = downloadStart + 120 * SimTime.NANOS_PER_SECOND;
        MeshEmulation.Setup setup = MeshEmulation.Setup.defaults(p.seed(), end, p.scheduler());
        setup = setup.withRouting(p.routing().factory(setup.config().controlBytes()));
        TraceCollector<PingResult> pings = new TraceCollector<>(bus, PingResult.class);
        TraceCollector<BalanceSample> balances = new TraceCollector<>(bus, BalanceSample.class);
        TraceCollector<RouteChange> routes = new TraceCollector<>(bus, RouteChange.class);
        MeshEmulation emu = new MeshEmulation(setup, nodes(walkStart, p.walkSpeedMps()), bus);
        Flows flows = new Flows(emu);
        flows.ping("ping", "user", "internet", "user", SimTime.NANOS_PER_SECOND, SimTime.NANOS_PER_SECOND, end);
        TcpLikeFlow download = flows.tcp("download", TrafficType.FTP, "internet", "user", "user", p.fileBytes(),
                downloadStart);
        MeshEmulation.Result result = emu.run();
        double apRange = rangeM(setup.config().radio(), setup.config().associateDbm());
        return new Outcome(result, pings.records(), balances.records(), routes.records(),
                emu.meters().get("download").summary(), downloadStart, download.completedNs(), walkStart, walkEnd,
                apRange, USER_START_X, p.walkSpeedMps(), emu);
    }
}
