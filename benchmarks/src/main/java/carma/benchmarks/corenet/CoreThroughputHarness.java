package carma.benchmarks.corenet;

import carma.corenet.broker.LspManager;
import carma.corenet.broker.LspPlan;
import carma.corenet.broker.LspTiming;
import carma.corenet.diffserv.DscpMarking;
import carma.corenet.diffserv.PhbConfig;
import carma.corenet.generator.FlowEndpoints;
import carma.corenet.generator.PoissonPacketSource;
import carma.corenet.mpls.Fec;
import carma.corenet.mpls.NoLspPolicy;
import carma.corenet.network.CoreNetwork;
import carma.corenet.network.FlowId;
import carma.corenet.network.PacketFate;
import carma.corenet.network.PacketIds;
import carma.corenet.topology.RouterId;
import carma.corenet.topology.Topology;
import carma.kernel.random.RandomStreams;
import carma.kernel.sim.Simulator;
import carma.kernel.sim.SimulatorConfig;
import carma.kernel.trace.TraceBus;
import carma.traffic.QosClass;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;

/**
 * Packets per CPU-second through the reference fish core (24 L-LSPs, reference PHBs) loaded by the
 * 18 generator flows of 3 RANs × 3 classes × 2 directions as Poisson processes. The reference load
 * [reconstructed] per RAN: conversational 300 kbit/s each way (72 B), streaming 1 Mbit/s down and
 * 50 kbit/s up (1000 B), interactive 500 kbit/s down and 100 kbit/s up (1500 B); RANs 0 and 1 on
 * IR1, RAN 2 on IR2. The scale factor multiplies every rate (10: the core is overloaded, drops
 * happen). Prints figures; asserts nothing.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar carma.benchmarks.corenet.CoreThroughputHarness 60 1,10 3</pre>
 */
public final class CoreThroughputHarness {
    private CoreThroughputHarness() {}

    public static void main(String[] args) {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 60;
        String[] scales = (args.length > 1 ? args[1] : "1,10").split(",");
        int reps = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        System.out.println("scale\trep\tsimS\tinjected\tdelivered\tdropped\tcpuS\tpacketsPerCpuS\tpacketHopsPerCpuS");
        for (String s : scales) {
            for (int r = 0; r < reps + 1; r++) {
                run(Double.parseDouble(s), seconds, r); // rep 0 warms the JIT
            }
        }
    }

    private static void run(double scale, double seconds, int rep) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long endNs = (long) (seconds * 1e9);
        Simulator sim = new Simulator(SimulatorConfig.virtual(10_000_000L, endNs), new RandomStreams(1), new TraceBus());
        long[] fates = new long[PacketFate.values().length];
        long[] hops = new long[1];
        CoreNetwork net = new CoreNetwork(sim, Topology.referenceFish(), PhbConfig.reference(), NoLspPolicy.IP_ROUTE,
                (now, p, fate, at) -> {
                    fates[fate.ordinal()]++;
                    hops[0] += p.hops();
                });
        LspManager lsps = new LspManager(sim, net, LspTiming.reference());
        RouterId ir1 = RouterId.parse("IR1");
        RouterId ir2 = RouterId.parse("IR2");
        RouterId er = RouterId.parse("ER");
        for (LspPlan.Entry e : LspPlan.referenceFish(List.of(ir1, ir2)).entries()) {
            lsps.setUp(new Fec(e.psc(), e.path().get(e.path().size() - 1)), e.path());
        }
        DscpMarking marking = DscpMarking.reference();
        Object[][] classes = {{QosClass.CONVERSATIONAL, 72, 300e3, 300e3}, {QosClass.STREAMING, 1000, 1e6, 50e3},
            {QosClass.INTERACTIVE, 1500, 500e3, 100e3}};
        PacketIds ids = new PacketIds();
        int flow = 0;
        for (int ran = 0; ran < 3; ran++) {
            RouterId ir = ran == 2 ? ir2 : ir1;
            for (Object[] c : classes) {
                int bytes = (Integer) c[1];
                for (int dir = 0; dir < 2; dir++) {
                    double bps = scale * (Double) c[2 + dir];
                    FlowEndpoints f = new FlowEndpoints(new FlowId(flow), dir == 0 ? er : ir, dir == 0 ? ir : er,
                            marking.dscpFor((QosClass) c[0]), bytes);
                    new PoissonPacketSource(sim, net, f, bps / (8.0 * bytes), sim.streams().stream("tg" + flow),
                            50_000_000L, endNs, ids);
                    flow++;
                }
            }
        }
        long cpu0 = mx.getCurrentThreadCpuTime();
        sim.run();
        double cpuS = (mx.getCurrentThreadCpuTime() - cpu0) / 1e9;
        long delivered = fates[PacketFate.DELIVERED.ordinal()];
        long injected = ids.next();
        long dropped = 0;
        for (int i = 1; i < fates.length; i++) {
            dropped += fates[i];
        }
        if (rep == 0) {
            return;
        }
        System.out.println(String.format(Locale.ROOT, "%.0f\t%d\t%.0f\t%d\t%d\t%d\t%.3f\t%.0f\t%.0f", scale, rep, seconds,
                injected, delivered, dropped, cpuS, injected / cpuS, hops[0] / cpuS));
    }
}
