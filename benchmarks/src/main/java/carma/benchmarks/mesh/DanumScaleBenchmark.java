package carma.benchmarks.mesh;

import carma.kernel.random.RandomStream;
import carma.kernel.trace.TraceBus;
import carma.mesh.emulation.Flows;
import carma.mesh.emulation.MeshEmulation;
import carma.mesh.emulation.RoutingKind;
import carma.mesh.emulation.SchedulerKind;
import carma.mesh.measure.FlowMeter;
import carma.mesh.mobility.Stationary;
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
 * [nodes] [flows] [simulatedSeconds] [ETX_ORACLE|OLSR]}.
 */
public final class DanumScaleBenchmark {
    private static final long S = 1_000_000_000L;

    private DanumScaleBenchmark() {}

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int flows = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        RoutingKind routing = args.length > 3 ? RoutingKind.valueOf(args[3]) : RoutingKind.ETX_ORACLE;
        System.gc();
        long heap0 = heap();
        long t0 = System.nanoTime();
        int side = (int) Math.ceil(Math.sqrt(n));
        List<NodeSpec> nodes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            nodes.add(NodeSpec.carmnet(i, "n" + i, Stationary.at(60.0 * (i % side), 60.0 * (i / side))));
        }
        MeshEmulation.Setup setup = MeshEmulation.Setup.defaults(1, seconds * S, SchedulerKind.DANUM);
        setup = setup.withRouting(routing.factory(setup.config().controlBytes()));
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
        System.out.printf(Locale.ROOT, "nodes %d, flows %d, routing %s, simulated %d s: wall %.2f s (run %.2f s), "
                + "%.3f simulated s per wall s, %.0f events/s, heap %.1f MB (%.0f kB/node), delivered %.3f, "
                + "ledger rows %d, books %s%n", n, flows, routing, seconds, wall, runWall, seconds / runWall,
                res.outcome().eventsProcessed() / runWall, heap / 1e6, heap / 1e3 / n, got / (double) Math.max(1, sent),
                emu.accounting().ledger().entries().size(), res.audit().consistent() ? "consistent" : res.audit().problems());
    }

    private static long heap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
