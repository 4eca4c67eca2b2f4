package carma.corenet.generator;

import static org.assertj.core.api.Assertions.assertThat;

import carma.corenet.diffserv.Dscp;
import carma.corenet.diffserv.PhbConfig;
import carma.corenet.mpls.NoLspPolicy;
import carma.corenet.network.CoreNetwork;
import carma.corenet.network.FlowId;
import carma.corenet.network.PacketFate;
import carma.corenet.network.PacketIds;
import carma.corenet.topology.RouterId;
import carma.corenet.topology.Topology;
import carma.corenet.trace.GeneratorPeriodRecord;
import carma.kernel.random.RandomStream;
import carma.kernel.random.RandomStreams;
import carma.kernel.sim.Simulator;
import carma.kernel.sim.SimulatorConfig;
import carma.kernel.trace.TraceBus;
import carma.traffic.QosClass;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CoordinatedTrafficGeneratorTest {
    static final long MS = 1_000_000L;
    static final RouterId IR1 = RouterId.parse("IR1");
    static final RouterId IR2 = RouterId.parse("IR2");
    static final RouterId ER = RouterId.parse("ER");
    static final QosClass[] SERVICES = {QosClass.CONVERSATIONAL, QosClass.STREAMING, QosClass.INTERACTIVE};

    /**
     * Three RANs (0 and 1 on IR1, 2 on IR2) report random bytes per service and direction every 10 ms
     * for 2 s. Per (RAN, service, direction, period) the packets injected (counted from their fates:
     * every packet ends delivered or dropped) carry exactly B_k + carry_{k−1} − carry_k bytes with
     * 0 ≤ carry < S_c, so the total injected equals the total reported minus the last carry; every
     * downlink packet goes to its RAN's IR, every uplink one to the ER.
     */
    @Test
    void injectedBytesPerRanServiceAndPeriodEqualTheReportedBytes() {
        TraceBus bus = new TraceBus();
        Simulator sim = new Simulator(SimulatorConfig.virtual(10 * MS, 3000 * MS), new RandomStreams(4), bus);
        GeneratorConfig cfg = GeneratorConfig.reference();
        Map<String, Long> injected = new HashMap<>();
        List<String> misrouted = new ArrayList<>();
        CoreNetwork net = new CoreNetwork(sim, Topology.referenceFish(), PhbConfig.reference(), NoLspPolicy.IP_ROUTE,
                (now, p, fate, at) -> {
                    int k = p.flow().value() - CoordinatedTrafficGenerator.FIRST_FLOW_ID;
                    long period = p.createdNs() / (10 * MS) - 1;
                    injected.merge(k + "/" + period, (long) p.sizeBytes(), Long::sum);
                    boolean down = k % 2 == 0;
                    int ran = k / 2 / QosClass.values().length;
                    RouterId ir = ran == 2 ? IR2 : IR1;
                    if (fate == PacketFate.DELIVERED && !at.equals(down ? ir : ER)) {
                        misrouted.add(p.toString());
                    }
                });
        CoordinatedTrafficGenerator tg = new CoordinatedTrafficGenerator(sim, net, cfg, ER, new PacketIds());
        tg.attach(0, IR1);
        tg.attach(1, IR1);
        tg.attach(2, IR2);
        List<GeneratorPeriodRecord> records = new ArrayList<>();
        bus.subscribe(GeneratorPeriodRecord.class, records::add);
        RandomStream r = sim.streams().stream("reports");
        Map<String, Long> reported = new HashMap<>();
        for (int k = 0; k < 200; k++) {
            long period = k;
            for (int ran = 0; ran < 3; ran++) {
                Map<QosClass, Long> dl = new EnumMap<>(QosClass.class);
                Map<QosClass, Long> ul = new EnumMap<>(QosClass.class);
                for (QosClass c : SERVICES) {
                    dl.put(c, (long) r.nextInt(1500));
                    ul.put(c, c == QosClass.STREAMING ? 0L : r.nextInt(600));
                }
                LoadReport rep = new LoadReport(ran, period, dl, ul);
                for (QosClass c : SERVICES) {
                    for (boolean down : new boolean[] {true, false}) {
                        int key = (ran * QosClass.values().length + c.ordinal()) * 2 + (down ? 0 : 1);
                        reported.merge(key + "/" + period, rep.bytes(c, down), Long::sum);
                    }
                }
                sim.schedule((k + 1) * 10 * MS, (now, e) -> tg.report(now, rep), Boolean.TRUE);
            }
        }
        sim.run();
        assertThat(misrouted).isEmpty();
        assertThat(records).isNotEmpty();
        Map<Integer, Long> carry = new HashMap<>();
        for (GeneratorPeriodRecord g : records) {
            int key = (g.ranId() * QosClass.values().length + QosClass.valueOf(g.service()).ordinal()) * 2
                    + (g.downlink() ? 0 : 1);
            int size = cfg.packetBytes(QosClass.valueOf(g.service()));
            long before = carry.getOrDefault(key, 0L);
            String id = key + "/" + g.periodIndex();
            assertThat(g.reportedBytes()).as(id).isEqualTo(reported.get(id));
            assertThat(injected.getOrDefault(id, 0L)).as(id).isEqualTo(g.injectedBytes())
                    .isEqualTo(g.reportedBytes() + before - g.carryBytes());
            assertThat(g.carryBytes()).isBetween(0L, size - 1L);
            carry.put(key, g.carryBytes());
        }
        long totalReported = reported.values().stream().mapToLong(Long::longValue).sum();
        long totalInjected = injected.values().stream().mapToLong(Long::longValue).sum();
        long lastCarry = carry.values().stream().mapToLong(Long::longValue).sum();
        assertThat(totalInjected).isEqualTo(totalReported - lastCarry);
        assertThat(records.stream().map(g -> g.ranId() + g.service() + g.downlink()).distinct().count())
                .as("3 RANs x 3 services x 2 directions, streaming uplink silent").isEqualTo(15);
    }

    @Test
    void extraLoadInjectsItsRateTowardsTheIrForItsDuration() {
        Simulator sim = new Simulator(SimulatorConfig.virtual(10 * MS, 3000 * MS), new RandomStreams(4), new TraceBus());
        long[] bytesAtIr2 = new long[1];
        CoreNetwork net = new CoreNetwork(sim, Topology.referenceFish(), PhbConfig.reference(), NoLspPolicy.IP_ROUTE,
                (now, p, fate, at) -> {
                    if (fate == PacketFate.DELIVERED && at.equals(IR2)) {
                        bytesAtIr2[0] += p.sizeBytes();
                    }
                });
        new ConstantRateSource(sim, net, new FlowEndpoints(new FlowId(7), ER, IR2, Dscp.BE, 1000), 2_000_000, 500 * MS,
                1000 * MS, new PacketIds());
        sim.run();
        assertThat(bytesAtIr2[0]).isEqualTo(250 * 1000);
    }
}
