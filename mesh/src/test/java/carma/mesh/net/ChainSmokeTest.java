package carma.mesh.net;

import static org.assertj.core.api.Assertions.assertThat;

import carma.kernel.random.RandomStreams;
import carma.kernel.sim.Simulator;
import carma.kernel.sim.SimulatorConfig;
import carma.kernel.trace.TraceBus;
import carma.mesh.measure.FlowMeter;
import carma.radio.mobility.Stationary;
import carma.mesh.node.NodeId;
import carma.mesh.node.NodeRole;
import carma.mesh.node.NodeSpec;
import carma.mesh.transport.DatagramSource;
import carma.mesh.transport.TcpLikeFlow;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChainSmokeTest {
    @Test
    void tcpAndCbrCrossAFourNodeChain() {
        List<NodeSpec> nodes = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            nodes.add(new NodeSpec(new NodeId(i), "n" + i, NodeRole.CARMNET, Stationary.at(60.0 * i, 0), false, false));
        }
        Simulator sim = new Simulator(SimulatorConfig.virtual(10_000_000L, 20_000_000_000L), new RandomStreams(1), new TraceBus());
        MeshNetwork net = new MeshNetwork(sim, nodes, MeshConfig.defaults(), n -> new FifoPolicy(100), MeshNetwork.staticEtx(64));
        assertThat(net.routing().downstream(0, 3)).extracting(NextHop::node).contains(1);
        FlowMeter tcpMeter = new FlowMeter(sim, "ftp", 1_000_000_000L, i -> nodes.get(i).name());
        FlowMeter voipMeter = new FlowMeter(sim, "voip", 1_000_000_000L, i -> nodes.get(i).name());
        new TcpLikeFlow(net, new FlowSpec(new FlowId(1), "ftp", 1, TrafficType.FTP, new NodeId(0), new NodeId(3), "u0",
                NatBinding.SESSION, false), new FlowSpec(new FlowId(2), "ftp-ack", 1, TrafficType.FTP, new NodeId(3),
                new NodeId(0), "u0", NatBinding.SESSION, false), TcpLikeFlow.Params.bulk(0), 1_000_000_000L, tcpMeter);
        DatagramSource.cbr(net, new FlowSpec(new FlowId(3), "voip", 2, TrafficType.VOIP, new NodeId(0), new NodeId(3), "u1",
                NatBinding.SESSION, false), 200, 20_000_000L, 1_000_000_000L, 20_000_000_000L, voipMeter);
        sim.run();
        System.out.println(tcpMeter.summary());
        System.out.println(voipMeter.summary());
        assertThat(tcpMeter.summary().goodputBps()).isGreaterThan(500_000);
        assertThat(voipMeter.summary().received()).isGreaterThan(500);
    }
}
