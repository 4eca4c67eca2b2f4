package carma.benchmarks.mesh;

import carma.kernel.random.RandomStream;
import carma.kernel.random.RandomStreams;
import carma.kernel.sim.Simulator;
import carma.kernel.sim.SimulatorConfig;
import carma.kernel.trace.TraceBus;
import carma.mesh.emulation.Topologies;
import carma.radio.propagation.LogDistancePathLoss;
import carma.mesh.measure.FlowMeter;
import carma.radio.geometry.Position;
import carma.radio.mobility.Stationary;
import carma.radio.mobility.Trajectory;
import carma.radio.mobility.TimedWaypointTrajectory;
import carma.mesh.net.FifoPolicy;
import carma.mesh.net.FlowId;
import carma.mesh.net.FlowSpec;
import carma.mesh.net.MeshConfig;
import carma.mesh.net.MeshNetwork;
import carma.mesh.net.NatBinding;
import carma.mesh.net.OlsrRouting;
import carma.mesh.net.TrafficType;
import carma.mesh.node.NodeId;
import carma.mesh.node.NodeSpec;
import carma.olsr.OlsrConfig;
import carma.mesh.transport.DatagramSource;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The standard OLSR grid used to compare simulators: N nodes on a square grid with 100 m spacing,
 * an 802.11b radio at 1 Mbit/s for every frame (18 dBm, log-distance exponent 2.5, carrier sense
 * at -92 dBm), OLSR (olsrd defaults, LQ/ETX; with {@code --rfc} plain RFC 3626 hop-count OLSR as
 * in ns-3's model), N/10 random UDP CBR
 * flows of 512 bytes every 0.25 s from 20 s, 60 s simulated. Prints wall time, packet delivery
 * ratio, memory, OLSR control overhead and convergence (every node has a route to every other),
 * then, with {@code --fail}, the time to reconverge after the centre node disappears at 40 s.
 *
 * <p>Run: {@code mvn -q -B -pl benchmarks -am package -DskipTests} then
 * {@code java -cp benchmarks/target/benchmarks.jar carma.benchmarks.mesh.OlsrGridBenchmark 50 100 200 [--rfc] [--fail]
 * [--recalc-ms=50]}.
 */
public final class OlsrGridBenchmark {
    private static final long S = 1_000_000_000L;
    /** Open-field log-distance exponent: 100 m neighbours at -72 dBm, links up to about 200 m. */
    static final double PATH_LOSS_EXPONENT = 2.5;

    private OlsrGridBenchmark() {}

    public static void main(String[] args) {
        boolean fail = List.of(args).contains("--fail");
        OlsrConfig olsr = List.of(args).contains("--rfc") ? OlsrConfig.rfc3626() : OlsrConfig.olsrdDefaults();
        List<Integer> sizes = new ArrayList<>();
        for (String a : args) {
            if (a.startsWith("--recalc-ms=")) {
                // olsrd batches route recalculation once per scheduler poll (50 ms by default)
                olsr = olsr.toBuilder().routeRecalculationDelayNs(Long.parseLong(a.substring(12)) * 1_000_000L).build();
            } else if (!a.startsWith("--")) {
                sizes.add(Integer.parseInt(a));
            }
        }
        if (sizes.isEmpty()) {
            sizes = List.of(50, 100, 200);
        }
        System.out.println("N, wall_s, cpu_s, pdr, delivered, sent, heap_mb, heap_kb_per_node, olsr_kbit_s_per_node, "
                + "converged_s, events, reconverged_after_failure_s");
        for (int n : sizes) {
            run(n, 1, fail, olsr);
        }
    }

    static void run(int n, long seed, boolean fail, OlsrConfig olsr) {
        System.gc();
        long heapBefore = usedHeap();
        long t0 = System.nanoTime();
        long cpu0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        int side = (int) Math.ceil(Math.sqrt(n));
        int centre = (side / 2) * side + side / 2;
        List<NodeSpec> nodes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Position p = new Position(100.0 * (i % side), 100.0 * (i / side));
            Trajectory t = fail && i == centre
                    ? new TimedWaypointTrajectory(List.of(new TimedWaypointTrajectory.Waypoint(40 * S, p),
                            new TimedWaypointTrajectory.Waypoint(40 * S + 1, new Position(1e6, 1e6))))
                    : new Stationary(p);
            nodes.add(NodeSpec.carmnet(i, "n" + i, t));
        }
        Simulator sim = new Simulator(SimulatorConfig.virtual(10_000_000L, 60 * S), new RandomStreams(seed),
                new TraceBus());
        MeshConfig cfg = MeshConfig.defaults().withRadio(Topologies.ieee80211b(1_000_000L, -92)
                .withPathLoss(LogDistancePathLoss.withFreeSpaceReference(2.412e9, PATH_LOSS_EXPONENT)));
        MeshNetwork net = new MeshNetwork(sim, nodes, cfg, x -> new FifoPolicy(100),
                OlsrRouting.factory(olsr));
        RandomStream pick = sim.streams().stream("bench.flows");
        List<FlowMeter> meters = new ArrayList<>();
        for (int f = 0; f < Math.max(1, n / 10); f++) {
            int a = pick.nextInt(n);
            int b = pick.nextInt(n - 1);
            if (b >= a) {
                b++;
            }
            FlowMeter m = new FlowMeter(sim, "cbr" + f, 60 * S, i -> nodes.get(i).name());
            DatagramSource.cbr(net, new FlowSpec(new FlowId(f + 1), "cbr" + f, f + 1, TrafficType.VIDEO, new NodeId(a),
                    new NodeId(b), "n" + a, NatBinding.SESSION, false), 512, S / 4, 20 * S, 60 * S, m);
            meters.add(m);
        }
        Convergence conv = new Convergence(net, n, fail ? centre : -1, 40 * S);
        sim.schedule(S, conv, 0);
        var outcome = sim.run();
        double wall = (System.nanoTime() - t0) / 1e9;
        double cpu = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu0) / 1e9;
        long sent = 0;
        long delivered = 0;
        for (FlowMeter m : meters) {
            sent += m.sent();
            delivered += m.received();
        }
        long heap = usedHeap() - heapBefore;
        double olsrKbps = ((OlsrRouting) net.routing()).controlBytesSent() * 8 / 1000.0 / 60 / n;
        System.out.printf(Locale.ROOT, "%d, %.2f, %.2f, %.3f, %d, %d, %.1f, %.1f, %.2f, %s, %d, %s%n", n, wall, cpu,
                delivered / (double) Math.max(1, sent), delivered, sent, heap / 1e6, heap / 1e3 / n, olsrKbps,
                conv.convergedNs < 0 ? "never" : String.format(Locale.ROOT, "%.0f", conv.convergedNs / 1e9),
                outcome.eventsProcessed(), !fail ? "-" : conv.reconvergedNs < 0 ? "never"
                        : String.format(Locale.ROOT, "%.0f", (conv.reconvergedNs - conv.failAtNs) / 1e9));
    }

    private static long usedHeap() {
        var m = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return m.getUsed();
    }

    /** Checks once a second whether every node has a route to every other (avoiding the failed node). */
    static final class Convergence implements carma.kernel.event.EventSink<Integer> {
        final MeshNetwork net;
        final int n;
        final int failed;
        final long failAtNs;
        long convergedNs = -1;
        long reconvergedNs = -1;

        Convergence(MeshNetwork net, int n, int failed, long failAtNs) {
            this.net = net;
            this.n = n;
            this.failed = failed;
            this.failAtNs = failAtNs;
        }

        @Override
        public void onEvent(long nowNs, Integer tick) {
            boolean after = failed >= 0 && nowNs > failAtNs;
            if (convergedNs < 0 && allRoutes(false)) {
                convergedNs = nowNs;
            }
            if (after && reconvergedNs < 0 && allRoutes(true)) {
                reconvergedNs = nowNs;
            }
            net.simulator().scheduleIn(S, this, tick);
        }

        boolean allRoutes(boolean avoidFailed) {
            for (int a = 0; a < n; a++) {
                if (avoidFailed && a == failed) {
                    continue;
                }
                for (int b = 0; b < n; b++) {
                    if (a == b || avoidFailed && b == failed) {
                        continue;
                    }
                    var hops = net.routing().downstream(a, b);
                    if (hops.isEmpty() || avoidFailed && hops.get(0).node() == failed) {
                        return false;
                    }
                }
            }
            return true;
        }
    }
}
