package carma.corenet.generator;

import carma.corenet.network.CoreNetwork;
import carma.corenet.network.FlowId;
import carma.corenet.network.Packet;
import carma.corenet.network.PacketIds;
import carma.corenet.topology.RouterId;
import carma.corenet.trace.GeneratorPeriodRecord;
import carma.kernel.event.EventSink;
import carma.kernel.sim.Simulator;
import carma.traffic.QosClass;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The traffic generator of seed 001 §6.2 (Fig. 14): one flow per (RAN, service, direction), up to
 * 3 RANs × 3 services × 2 directions, downlink from the egress router to the RAN's IR, uplink the
 * reverse. On each {@link LoadReport} a flow injects n = ⌊(B + carry)/S_c⌋ packets of its class's
 * fixed size S_c, evenly spread over the next report period, and carries the remainder.
 */
public final class CoordinatedTrafficGenerator {
    /** Flow ids of the generator start here (below are user sessions and extra loads). */
    public static final int FIRST_FLOW_ID = 1_000_000;

    private final Simulator sim;
    private final CoreNetwork network;
    private final GeneratorConfig config;
    private final RouterId egressRouter;
    private final PacketIds ids;
    private final Map<Integer, RouterId> ranIr = new HashMap<>();
    private final Map<Integer, Flow> flows = new LinkedHashMap<>();

    public CoordinatedTrafficGenerator(Simulator sim, CoreNetwork network, GeneratorConfig config,
            RouterId egressRouter, PacketIds ids) {
        this.sim = sim;
        this.network = network;
        this.config = config;
        this.egressRouter = egressRouter;
        this.ids = ids;
    }

    /** RAN {@code ranId} is (now) attached to {@code ir}; its flows follow it from the next packet on. */
    public void attach(int ranId, RouterId ir) {
        if (!network.topology().contains(ir)) {
            throw new IllegalArgumentException("RAN " + ranId + ": no router " + ir + " in the core");
        }
        ranIr.put(ranId, ir);
    }

    /** A RAN's report for the period that just ended (call from an event at {@code nowNs}). */
    public void report(long nowNs, LoadReport report) {
        if (!ranIr.containsKey(report.ranId())) {
            throw new IllegalStateException("report from RAN " + report.ranId() + ", which is attached to no IR");
        }
        for (QosClass c : QosClass.values()) {
            for (boolean down : new boolean[] {true, false}) {
                long bytes = report.bytes(c, down);
                Flow f = flows.get(key(report.ranId(), c, down));
                if (bytes == 0 && f == null) {
                    continue;
                }
                if (f == null) {
                    f = new Flow(report.ranId(), c, down);
                    flows.put(key(report.ranId(), c, down), f);
                }
                f.report(nowNs, report.periodIndex(), bytes);
            }
        }
    }

    private static int key(int ranId, QosClass c, boolean down) {
        return (ranId * QosClass.values().length + c.ordinal()) * 2 + (down ? 0 : 1);
    }

    /** One (RAN, service, direction) flow: its carry and the packets still to send this period. */
    private final class Flow implements EventSink<Flow> {
        private final int ranId;
        private final QosClass service;
        private final boolean downlink;
        private final FlowId id;
        private final int size;
        private long carry;
        private int remaining;
        private long gapNs;

        Flow(int ranId, QosClass service, boolean downlink) {
            this.ranId = ranId;
            this.service = service;
            this.downlink = downlink;
            this.id = new FlowId(FIRST_FLOW_ID + key(ranId, service, downlink));
            this.size = config.packetBytes(service);
        }

        void report(long nowNs, long periodIndex, long bytes) {
            long total = bytes + carry;
            int n = (int) (total / size);
            carry = total - (long) n * size;
            if (sim.traceBus().wants(GeneratorPeriodRecord.class)) {
                sim.traceBus().publish(new GeneratorPeriodRecord(nowNs, ranId, service.name(), downlink, periodIndex,
                        bytes, (long) n * size, n, carry));
            }
            boolean idle = remaining == 0;
            remaining += n;
            gapNs = remaining == 0 ? config.reportPeriodNs() : config.reportPeriodNs() / remaining;
            if (idle && remaining > 0) {
                sim.schedule(nowNs, this, this);
            }
        }

        @Override
        public void onEvent(long nowNs, Flow self) {
            RouterId ir = ranIr.get(ranId);
            RouterId from = downlink ? egressRouter : ir;
            RouterId to = downlink ? ir : egressRouter;
            network.inject(nowNs, from, new Packet(ids.next(), id, config.marking().dscpFor(service), size, from, to,
                    nowNs));
            remaining--;
            if (remaining > 0) {
                sim.schedule(nowNs + gapNs, this, this);
            }
        }
    }
}
