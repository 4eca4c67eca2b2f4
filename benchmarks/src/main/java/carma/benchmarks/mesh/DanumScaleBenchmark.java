package carma.benchmarks.mesh;

import carma.kernel.random.RandomStream;
import carma.kernel.trace.TraceBus;
import carma.mesh.emulation.Flows;
import carma.mesh.emulation.MeshEmulation;
import carma.mesh.emulation.RoutingKind;
import carma.mesh.emulation.SchedulerKind;
import carma.mesh.measure.FlowMeter;
import carma.radio.geometry.Position;
import carma.radio.mobility.Stationary;
import carma.radio.mobility.Trajectory;
import carma.radio.mobility.TimedWaypointTrajectory;
import carma.mesh.net.TrafficType;
import carma.mesh.node.NodeSpec;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A 100-node DANUM mesh (10 x 10 grid, 60 m spacing, 802.11g with rates from SNR) carrying 1000
 * flows between random node pairs (WWW, e-mail and video classes; 500-byte datagrams once a
 * second each), every node a DANUM forwarder with backlog advertisements every 100 ms and the
 * Denarii ledger settling every second. Prints simulated seconds per wall second, events per wall
 * second, heap per node, delivery ratio and the ledger audit.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar carma.benchmarks.mesh.DanumScaleBenchmark
 * [nodes] [flows] [simulatedSeconds] [ETX_ORACLE|OLSR] [DANUM|FIFO] [advertPeriodMs]}.
 */
public final class DanumScaleBenchmark {
    private static final long S = 1_000_000_000L;

    private DanumScaleBenchmark() {}

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int flows = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        RoutingKind routing = args.length > 3 ? RoutingKind.valueOf(args[3]) : RoutingKind.ETX_ORACLE;
        SchedulerKind scheduler = args.length > 4 ? SchedulerKind.valueOf(args[4]) : SchedulerKind.DANUM;
        double advertMs = args.length > 5 ? Double.parseDouble(args[5]) : 100;
        System.gc();
        long heap0 = heap();
        long t0 = System.nanoTime();
        int side = (int) Math.ceil(Math.sqrt(n));
        int centre = (side / 2) * side + side / 2;
        long failAtNs = seconds * S / 2;
        List<NodeSpec> nodes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Position p = new Position(60.0 * (i % side), 60.0 * (i / side));
            // with OLSR the centre node disappears half-way: the harness reports the reconvergence
            Trajectory t = routing == RoutingKind.OLSR && i == centre
                    ? new TimedWaypointTrajectory(List.of(new TimedWaypointTrajectory.Waypoint(failAtNs, p),
                            new TimedWaypointTrajectory.Waypoint(failAtNs + 1, new Position(1e6, 1e6))))
                    : new Stationary(p);
            nodes.add(NodeSpec.carmnet(i, "n" + i, t));
        }
        MeshEmulation.Setup setup = MeshEmulation.Setup.defaults(1, seconds * S, scheduler);
        setup = setup.withRouting(routing.factory(setup.config().controlBytes()))
                .withDanum(setup.danum().toBuilder().advertPeriodNs((long) (advertMs * 1e6)).build());
        MeshEmulation emu = new MeshEmulation(setup, nodes, new TraceBus());
        Flows f = new Flows(emu);
        RandomStream r = emu.simulator().streams().stream("bench.pairs");
        TrafficType[] types = {TrafficType.WWW, TrafficType.WWW, TrafficType.EMAIL, TrafficType.VIDEO};
        List<FlowMeter> meters = new ArrayList<>();
        for (int i = 0; i < flows; i++) {
            int a = r.nextInt(n);
            int b = r.nextInt(n - 1);
            if (b >= a) {
                b++;
            }
            long start = S + (long) (r.nextDouble() * S);
            meters.add(f.cbr("f" + i, types[i % types.length], "n" + a, "n" + b, "n" + a, 500, S, start, seconds * S));
        }
        OlsrGridBenchmark.Convergence conv = null;
        if (routing == RoutingKind.OLSR) {
            conv = new OlsrGridBenchmark.Convergence(emu.network(), n, centre, failAtNs);
            emu.simulator().schedule(S, conv, 0);
        }
        long build = System.nanoTime();
        MeshEmulation.Result res = emu.run();
        double wall = (System.nanoTime() - t0) / 1e9;
        double runWall = (System.nanoTime() - build) / 1e9;
        long sent = 0;
        long got = 0;
        for (FlowMeter m : meters) {
            sent += m.sent();
            got += m.received();
        }
        long heap = heap() - heap0;
        System.out.printf(Locale.ROOT, "nodes %d, flows %d, routing %s, %s, T_adv %.0f ms, simulated %d s: wall %.2f s "
                + "(run %.2f s), "
                + "%.3f simulated s per wall s, %.0f events/s, heap %.1f MB (%.0f kB/node), delivered %.3f, "
                + "ledger rows %d, books %s%n", n, flows, routing, scheduler, advertMs, seconds, wall, runWall,
                seconds / runWall,
                res.outcome().eventsProcessed() / runWall, heap / 1e6, heap / 1e3 / n, got / (double) Math.max(1, sent),
                emu.accounting().ledger().entries().size(), res.audit().consistent() ? "consistent" : res.audit().problems());
        if (conv != null) {
            System.out.printf(Locale.ROOT, "OLSR: every node has a route to every other %s; centre node %d gone at %d s, "
                    + "all routes avoid it again %s%n",
                    conv.convergedNs < 0 ? "never" : String.format(Locale.ROOT, "at %.0f s", conv.convergedNs / 1e9),
                    centre, failAtNs / S, conv.reconvergedNs < 0 ? "never"
                            : String.format(Locale.ROOT, "%.0f s later", (conv.reconvergedNs - failAtNs) / 1e9));
        }
    }

    private static long heap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
