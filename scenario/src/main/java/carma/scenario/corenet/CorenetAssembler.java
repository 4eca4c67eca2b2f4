package carma.scenario.corenet;

import carma.corenet.broker.BrokerPolicy;
import carma.corenet.broker.CongestionListener;
import carma.corenet.broker.LspManager;
import carma.corenet.broker.LspTiming;
import carma.corenet.broker.NetworkStatusDb;
import carma.corenet.diffserv.Dscp;
import carma.corenet.diffserv.DscpMarking;
import carma.corenet.diffserv.PhbConfig;
import carma.corenet.generator.ConstantRateSource;
import carma.corenet.generator.CoordinatedTrafficGenerator;
import carma.corenet.generator.FlowEndpoints;
import carma.corenet.generator.GeneratorConfig;
import carma.corenet.mpls.Fec;
import carma.corenet.network.CoreNetwork;
import carma.corenet.network.FlowId;
import carma.corenet.network.PacketIds;
import carma.corenet.stats.CoreRunObserver;
import carma.corenet.stats.CoreSampler;
import carma.corenet.topology.RouterId;
import carma.corenet.topology.RouterKind;
import carma.corenet.topology.Topology;
import carma.kernel.report.RunObserver;
import carma.kernel.sim.Simulator;
import carma.kernel.time.SimTime;
import carma.scenario.CorenetSection;
import carma.traffic.QosClass;
import java.util.List;
import java.util.Map;

/** Builds the core of a {@link CorenetSection}: network, LSPs at the start, broker measurement, generator, loads. */
public final class CorenetAssembler {
    private CorenetAssembler() {}

    public static List<RunObserver> build(CorenetSection section, Simulator sim) {
        Topology topology = CorenetSectionReader.topology(section.links());
        PhbConfig ref = PhbConfig.reference();
        PhbConfig phb = new PhbConfig(ref.classes(), section.efStrictPriority(), ref.redWeight());
        CoreSampler sampler = new CoreSampler(sim, SimTime.nanosOfSeconds(section.sampleIntervalMs() / 1000));
        CoreNetwork network = new CoreNetwork(sim, topology, phb, section.noLsp(), sampler);
        sampler.start(network);
        LspManager lsps = new LspManager(sim, network, LspTiming.reference());
        for (CorenetSection.LspSpec l : section.lsps()) {
            List<RouterId> path = l.path().stream().map(RouterId::parse).toList();
            sim.schedule(0, (now, e) -> lsps.setUp(new Fec(l.psc(), path.get(path.size() - 1)), path), Boolean.TRUE);
        }
        BrokerPolicy policy = BrokerPolicy.reference(phb);
        // the measurement analyst publishes congestion changes; nothing renegotiates yet (end-to-edge QoS issue),
        // and no session asks the broker for resources yet, so no broker object is built here
        new NetworkStatusDb(sim, network, policy, CongestionListener.NONE);
        PacketIds ids = new PacketIds();
        CorenetSection.GeneratorSpec g = section.generator();
        if (g.fromRanStatistics()) {
            GeneratorConfig cfg = new GeneratorConfig(SimTime.NANOS_PER_SECOND, Map.of(
                    QosClass.CONVERSATIONAL, g.conversationalPacketBytes(), QosClass.STREAMING, g.streamingPacketBytes(),
                    QosClass.INTERACTIVE, g.interactivePacketBytes(), QosClass.BACKGROUND, g.backgroundPacketBytes()),
                    DscpMarking.reference());
            RouterId egress = topology.routers().stream().filter(r -> r.kind() == RouterKind.EGRESS).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("corenet.generator needs an egress router (ER)"));
            CoordinatedTrafficGenerator tg = new CoordinatedTrafficGenerator(sim, network, cfg, egress, ids);
            tg.attach(0, RouterId.parse(g.ranRouter()));
            new RanLoadCoupling(sim.traceBus(), tg);
        }
        List<CorenetSection.LoadSpec> loads = section.loads();
        for (int i = 0; i < loads.size(); i++) {
            CorenetSection.LoadSpec l = loads.get(i);
            FlowEndpoints f = new FlowEndpoints(new FlowId(i), RouterId.parse(l.from()), RouterId.parse(l.to()),
                    new Dscp(l.dscp()), l.packetBytes());
            new ConstantRateSource(sim, network, f, l.rateBps(), SimTime.nanosOfSeconds(l.startS()),
                    SimTime.nanosOfSeconds(l.durationS()), ids);
        }
        return List.of(new CoreRunObserver(sim.traceBus()));
    }
}
