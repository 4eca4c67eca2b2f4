package carma.corenet.network;

import static org.assertj.core.api.Assertions.assertThat;

import carma.corenet.diffserv.Dscp;
import carma.corenet.diffserv.DropPrecedence;
import carma.corenet.diffserv.PhbConfig;
import carma.corenet.generator.FlowEndpoints;
import carma.corenet.generator.PoissonPacketSource;
import carma.corenet.mpls.NoLspPolicy;
import carma.corenet.topology.LinkSpec;
import carma.corenet.topology.RouterId;
import carma.corenet.topology.Topology;
import carma.kernel.random.RandomStreams;
import carma.kernel.sim.Simulator;
import carma.kernel.sim.SimulatorConfig;
import carma.kernel.trace.TraceBus;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CoreNetworkTest {
    static final long MS = 1_000_000L;
    static final long S = 1_000_000_000L;
    static final RouterId IR1 = RouterId.parse("IR1");
    static final RouterId IR2 = RouterId.parse("IR2");
    static final RouterId ER = RouterId.parse("ER");

    private static Simulator sim(long seed, long endNs) {
        return new Simulator(SimulatorConfig.virtual(10 * MS, endNs), new RandomStreams(seed), new TraceBus());
    }

    @Test
    void aLonePacketTakesTransmissionPlusPropagationPerHop() {
        Simulator sim = sim(1, S);
        Topology fish = Topology.referenceFish();
        List<long[]> seen = new ArrayList<>();
        CoreNetwork net = new CoreNetwork(sim, fish, PhbConfig.reference(), NoLspPolicy.IP_ROUTE,
                (now, p, fate, at) -> seen.add(new long[] {now, p.hops(), p.queueingNs(), fate.ordinal()}));
        Packet p = new Packet(0, new FlowId(0), Dscp.EF, 1000, IR1, ER, 5 * MS);
        sim.schedule(5 * MS, (now, e) -> net.inject(now, IR1, p), Boolean.TRUE);
        sim.run();
        long perHop = fish.link(IR1, RouterId.parse("CR1")).orElseThrow().transmissionNs(1000) + 150_000L;
        assertThat(seen).hasSize(1);
        assertThat(seen.get(0)).containsExactly(5 * MS + 3 * perHop, 3, 0, PacketFate.DELIVERED.ordinal());
    }

    /**
     * Conservation per router, checked while packets are still queued and on the wires, under an
     * overload that makes every drop reason happen: arrived = delivered + forwarded + dropped + held.
     * Checked: a port that forgets to report a tail drop (no owner.dropped call) fails it (IR1 off by 341).
     */
    @Test
    void everyRouterConservesPacketsUnderOverload() {
        Simulator sim = sim(7, 2 * S + 333_333L);
        Map<PacketFate, long[]> fates = new EnumMap<>(PacketFate.class);
        long[] injected = new long[1];
        CoreNetwork net = new CoreNetwork(sim, Topology.referenceFish(), PhbConfig.reference(), NoLspPolicy.IP_ROUTE,
                (now, p, fate, at) -> fates.computeIfAbsent(fate, f -> new long[1])[0]++);
        PacketIds ids = new PacketIds();
        RandomStreams rs = sim.streams();
        Dscp[] marks = {Dscp.EF, Dscp.af(4, DropPrecedence.LOW), Dscp.af(3, DropPrecedence.HIGH), Dscp.BE};
        int flow = 0;
        for (RouterId src : List.of(IR1, IR2, ER)) {
            for (Dscp d : marks) {
                RouterId dst = src.equals(ER) ? (flow % 2 == 0 ? IR1 : IR2) : ER;
                FlowEndpoints f = new FlowEndpoints(new FlowId(flow), src, dst, d, d.equals(Dscp.EF) ? 200 : 1500);
                new PoissonPacketSource(sim, net, f, d.equals(Dscp.EF) ? 900 : 400, rs.stream("src" + flow), 0,
                        Long.MAX_VALUE, ids);
                flow++;
            }
        }
        net.installPolicer(IR1, new FlowId(0), 200_000, 3000, 0);
        sim.run();
        for (RouterCounters c : net.routerCounters()) {
            assertThat(c.imbalance()).as(c.toString()).isZero();
            injected[0] += c.arrived();
        }
        assertThat(fates.keySet()).contains(PacketFate.DELIVERED, PacketFate.DROPPED_RED, PacketFate.DROPPED_POLICER,
                PacketFate.DROPPED_BUFFER);
        long held = net.routerCounters().stream().mapToLong(RouterCounters::held).sum();
        assertThat(held).isPositive();
    }

    @Test
    void unroutableDestinationIsDroppedWithItsReason() {
        Simulator sim = sim(1, S);
        RouterId cr = RouterId.parse("CR1");
        Topology oneWay = new Topology(List.of(new LinkSpec(IR1, cr, 1_000_000, 0)));
        List<PacketFate> fates = new ArrayList<>();
        CoreNetwork net = new CoreNetwork(sim, oneWay, PhbConfig.reference(), NoLspPolicy.IP_ROUTE,
                (now, p, fate, at) -> fates.add(fate));
        sim.schedule(0, (now, e) -> net.inject(now, cr, new Packet(0, new FlowId(0), Dscp.BE, 100, cr, IR1, now)),
                Boolean.TRUE);
        sim.run();
        assertThat(fates).containsExactly(PacketFate.DROPPED_NO_ROUTE);
    }
}
