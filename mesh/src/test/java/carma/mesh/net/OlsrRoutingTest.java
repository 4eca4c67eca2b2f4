package carma.mesh.net;

import static org.assertj.core.api.Assertions.assertThat;

import carma.kernel.random.RandomStreams;
import carma.kernel.sim.Simulator;
import carma.kernel.sim.SimulatorConfig;
import carma.kernel.trace.TraceBus;
import carma.mesh.emulation.Topologies;
import carma.mesh.link.Association;
import carma.mesh.link.LinkBudget;
import carma.mesh.measure.FlowMeter;
import carma.mesh.measure.FlowSummary;
import carma.mesh.node.NodeId;
import carma.mesh.node.NodeSpec;
import carma.olsr.OlsrConfig;
import carma.mesh.transport.DatagramSource;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The real OLSR agents, their packets sent as frames over the emulated medium. */
class OlsrRoutingTest {
    @Test
    void olsrConvergesToTheEtxShortestPathsOfTheLinkModelAndCarriesTraffic() {
        List<NodeSpec> nodes = Topologies.chain(5, 60);
        Simulator sim = new Simulator(SimulatorConfig.virtual(10_000_000L, 40_000_000_000L), new RandomStreams(4),
                new TraceBus());
        MeshConfig cfg = MeshConfig.defaults().withRadio(Topologies.ieee80211b(0, -92));
        MeshNetwork net = new MeshNetwork(sim, nodes, cfg, n -> new FifoPolicy(100),
                OlsrRouting.factory(OlsrConfig.olsrdDefaults()));
        FlowMeter m = new FlowMeter(sim, "cbr", 1_000_000_000L, i -> nodes.get(i).name());
        DatagramSource.cbr(net, new FlowSpec(new FlowId(1), "cbr", 1, TrafficType.VOIP, new NodeId(0), new NodeId(4), "n0",
                NatBinding.SESSION, false), 200, 20_000_000L, 20_000_000_000L, 40_000_000_000L, m);
        sim.run();
        LinkBudget budget = new LinkBudget(nodes, cfg.radio());
        StaticEtxRouting oracle = new StaticEtxRouting(nodes, budget, new Association(nodes, budget, -75, -80), 64);
        for (int a = 0; a < nodes.size(); a++) {
            for (int b = 0; b < nodes.size(); b++) {
                if (a != b) {
                    assertThat(net.routing().downstream(a, b).get(0).node()).as("%d->%d", a, b)
                            .isEqualTo(oracle.downstream(a, b).get(0).node());
                }
            }
        }
        assertThat(((OlsrRouting) net.routing()).controlBytesSent()).isPositive();
        assertThat(m.summary().lossFraction()).isLessThan(0.02);
    }

    @Test
    void danumBacklogAdvertisementsTravelAsOlsrExtensionMessagesAndDanumStillProtectsTheCall() {
        carma.mesh.emulation.MeshEmulation.Setup setup = carma.mesh.emulation.MeshEmulation.Setup
                .defaults(2, 30_000_000_000L, carma.mesh.emulation.SchedulerKind.DANUM)
                .withConfig(MeshConfig.defaults().withRadio(Topologies.ieee80211b(0, -92)))
                .withRouting(carma.mesh.emulation.RoutingKind.OLSR.factory(64));
        carma.mesh.emulation.MeshEmulation emu = new carma.mesh.emulation.MeshEmulation(setup, Topologies.chain(4, 60),
                new TraceBus());
        carma.mesh.emulation.Flows f = new carma.mesh.emulation.Flows(emu);
        FlowMeter call = f.voip("call", "n0", "n3", "n0", 10_000_000_000L, 30_000_000_000L);
        f.tcp("ftp", TrafficType.FTP, "n0", "n3", "n0", 0, 10_000_000_000L);
        carma.mesh.emulation.MeshEmulation.Result r = emu.run();
        assertThat(r.audit().problems()).isEmpty();
        OlsrRouting olsr = (OlsrRouting) emu.network().routing();
        // HELLO every 2 s and TC every 5 s give < 1 message/s; DANUM_Q adds ten per second
        assertThat(olsr.agent(0).stats().messagesOriginated()).isGreaterThan(8 * 30);
        FlowSummary w = call.window(15_000_000_000L, 29_000_000_000L);
        assertThat(w.p95DelayMs()).isLessThan(150);
        assertThat(w.lossFraction()).isLessThan(0.01);
    }
}
