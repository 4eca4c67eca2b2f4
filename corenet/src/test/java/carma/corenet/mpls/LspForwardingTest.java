package carma.corenet.mpls;

import static org.assertj.core.api.Assertions.assertThat;

import carma.corenet.broker.LspManager;
import carma.corenet.broker.LspTiming;
import carma.corenet.diffserv.DropPrecedence;
import carma.corenet.diffserv.Dscp;
import carma.corenet.diffserv.PhbConfig;
import carma.corenet.diffserv.Psc;
import carma.corenet.network.CoreNetwork;
import carma.corenet.network.FlowId;
import carma.corenet.network.Packet;
import carma.corenet.network.PacketFate;
import carma.corenet.network.PortClassStats;
import carma.corenet.topology.RouterId;
import carma.corenet.topology.Topology;
import carma.corenet.trace.LspChangeRecord;
import carma.kernel.random.RandomStreams;
import carma.kernel.sim.Simulator;
import carma.kernel.sim.SimulatorConfig;
import carma.kernel.trace.TraceBus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** L-LSPs: voice on the short path, data on the long one, set up and released by broker commands. */
class LspForwardingTest {
    static final long MS = 1_000_000L;
    static final RouterId IR1 = RouterId.parse("IR1");
    static final RouterId ER = RouterId.parse("ER");
    static final Dscp AF31 = Dscp.af(3, DropPrecedence.LOW);

    private static List<RouterId> path(String... n) {
        return Arrays.stream(n).map(RouterId::parse).toList();
    }

    /** A fish core with an LSP manager; records fates as "id:fate:hops". */
    private static final class Core {
        final TraceBus bus = new TraceBus();
        final Simulator sim = new Simulator(SimulatorConfig.virtual(10 * MS, 1000 * MS), new RandomStreams(3), bus);
        final List<String> fates = new ArrayList<>();
        final List<LspChangeRecord> changes = new ArrayList<>();
        final CoreNetwork net;
        final LspManager lsps;
        long nextId;

        Core(NoLspPolicy policy) {
            bus.subscribe(LspChangeRecord.class, changes::add);
            net = new CoreNetwork(sim, Topology.referenceFish(), PhbConfig.reference(), policy,
                    (now, p, fate, at) -> fates.add(p.id() + ":" + fate + ":" + p.hops()));
            lsps = new LspManager(sim, net, LspTiming.reference());
        }

        void send(long atNs, RouterId from, RouterId to, Dscp d) {
            long id = nextId++;
            sim.schedule(atNs, (now, e) -> net.inject(now, from, new Packet(id, new FlowId(0), d, 500, from, to, now)),
                    Boolean.TRUE);
        }

        Map<String, Long> sentOn(Psc psc) {
            Map<String, Long> m = new TreeMap<>();
            for (PortClassStats s : net.portStats()) {
                if (s.psc() == psc && s.sentPackets() > 0) {
                    m.put(s.link().toString(), s.sentPackets());
                }
            }
            return m;
        }
    }

    @Test
    void eachPacketFollowsTheLspOfItsFec() {
        Core c = new Core(NoLspPolicy.DROP);
        c.sim.schedule(0, (now, e) -> {
            c.lsps.setUp(new Fec(Psc.EF, ER), path("IR1", "CR1", "CR2", "ER"));
            c.lsps.setUp(new Fec(Psc.AF3, ER), path("IR1", "CR1", "CR3", "CR4", "ER"));
            c.lsps.setUp(new Fec(Psc.AF3, IR1), path("ER", "CR4", "CR3", "CR1", "IR1"));
        }, Boolean.TRUE);
        c.send(100 * MS, IR1, ER, Dscp.EF);
        c.send(100 * MS, IR1, ER, AF31);
        c.send(100 * MS, ER, IR1, AF31);
        c.sim.run();
        assertThat(c.fates).containsExactlyInAnyOrder("0:DELIVERED:3", "1:DELIVERED:4", "2:DELIVERED:4");
        assertThat(c.sentOn(Psc.EF)).containsOnlyKeys("IR1->CR1", "CR1->CR2", "CR2->ER");
        assertThat(c.sentOn(Psc.AF3)).containsOnlyKeys("IR1->CR1", "CR1->CR3", "CR3->CR4", "CR4->ER", "ER->CR4",
                "CR4->CR3", "CR3->CR1", "CR1->IR1");
        assertThat(c.changes).extracting(LspChangeRecord::state).containsExactly(LspState.SETUP, LspState.SETUP,
                LspState.SETUP, LspState.UP, LspState.UP, LspState.UP);
    }

    /** Set-up of a 4-router LSP: 3 label entries and the FEC binding, each 2 ms apart after 5 + 1 + 2 ms. */
    @Test
    void anLspIsUsableOnlyOnceItsFecIsBound() {
        Core c = new Core(NoLspPolicy.DROP);
        c.sim.schedule(0, (now, e) -> c.lsps.setUp(new Fec(Psc.EF, ER), path("IR1", "CR1", "CR2", "ER")),
                Boolean.TRUE);
        long upAt = 5 * MS + MS + 2 * MS + 3 * (2 * MS + 2 * MS);
        c.send(upAt - 1, IR1, ER, Dscp.EF);
        c.send(upAt + 1, IR1, ER, Dscp.EF);
        c.sim.run();
        assertThat(c.changes.get(1).timeNs()).isEqualTo(upAt);
        assertThat(c.fates).containsExactly("0:DROPPED_NO_LSP:0", "1:DELIVERED:3");
    }

    @Test
    void releasingAnLspDropsOrReroutesAsConfigured() {
        for (NoLspPolicy policy : NoLspPolicy.values()) {
            Core c = new Core(policy);
            LspId[] id = new LspId[1];
            c.sim.schedule(0, (now, e) -> id[0] = c.lsps.setUp(new Fec(Psc.AF3, ER),
                    path("IR1", "CR1", "CR3", "CR4", "ER")), Boolean.TRUE);
            c.sim.schedule(200 * MS, (now, e) -> c.lsps.release(id[0]), Boolean.TRUE);
            c.send(100 * MS, IR1, ER, AF31);
            c.send(400 * MS, IR1, ER, AF31);
            c.sim.run();
            String second = policy == NoLspPolicy.DROP ? "1:DROPPED_NO_LSP:0" : "1:DELIVERED:3";
            assertThat(c.fates).as(policy.toString()).containsExactly("0:DELIVERED:4", second);
            assertThat(c.changes).extracting(LspChangeRecord::state).containsExactly(LspState.SETUP, LspState.UP,
                    LspState.RELEASING, LspState.RELEASED);
            assertThat(c.lsps.lsp(id[0]).orElseThrow().state()).isEqualTo(LspState.RELEASED);
        }
    }
}
