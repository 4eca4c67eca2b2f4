package carma.mesh.danum;

import carma.kernel.event.EventSink;
import carma.kernel.random.RandomStream;
import carma.kernel.sim.Simulator;
import carma.mesh.danum.wire.BacklogAdvertisement;
import carma.mesh.danum.wire.BacklogEntry;
import carma.mesh.measure.DanumFlowSample;
import carma.mesh.net.ControlHandler;
import carma.mesh.net.ControlMessage;
import carma.mesh.net.FlowId;
import carma.mesh.net.FlowSpec;
import carma.mesh.net.MeshNetwork;
import carma.mesh.net.NodeQueues;
import carma.mesh.net.OlsrRouting;
import carma.mesh.net.Packet;
import carma.mesh.net.PacketObserver;
import carma.mesh.net.SchedulingPolicy;
import carma.mesh.node.NodeRole;
import carma.mesh.node.NodeSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The DANUM system of one mesh (reconstructed model R-A, danum.md section 3): per-node
 * {@link DanumScheduler}s, per-flow utility weights with delay prices, 1-hop backlog
 * advertisements (broadcast frames of their own, or the OLSR extension message DANUM_Q inside the
 * OLSR agents' packets when OLSR routes; lost like any frame), the elastic admission rate, soft
 * admission, and the control tick. Create it, pass {@link #policyFactory()} to the
 * {@link MeshNetwork}, then {@link #attach} the network.
 */
public final class Danum implements PacketObserver, ControlHandler, EventSink<Danum.Tick> {
    /** DANUM's timers. */
    public sealed interface Tick permits ControlTick, AdvertTick, DelayTick, AdmissionTick {}

    record ControlTick() implements Tick {}

    record AdvertTick(int node) implements Tick {}

    record DelayTick() implements Tick {}

    record AdmissionTick() implements Tick {}

    /** Denarii minor units per Denarius (micro-Denarii). */
    public static final long MINOR_PER_DENARIUS = 1_000_000L;

    private final Simulator sim;
    private final DanumParameters params;
    private final Function<String, UtilityProfile> profiles;
    private final Map<FlowId, FlowState> states = new LinkedHashMap<>();
    private final Map<Integer, DanumScheduler> schedulers = new HashMap<>();
    private final SoftAdmission admission;
    private final RandomStream jitter;
    private MeshNetwork net;
    private OlsrRouting olsr;
    private int advertSeq;

    public Danum(Simulator sim, DanumParameters params, Function<String, UtilityProfile> profiles) {
        this.sim = sim;
        this.params = params;
        this.profiles = profiles;
        this.admission = new SoftAdmission(params);
        this.jitter = sim.streams().stream("mesh.danum.advert-jitter");
    }

    public DanumParameters params() {
        return params;
    }

    /** Scheduling policy factory for the CARMNET nodes of a {@link MeshNetwork}. */
    public Function<NodeSpec, SchedulingPolicy> policyFactory() {
        return n -> {
            DanumScheduler s = new DanumScheduler(this, sim.streams().stream("mesh.danum.discard." + n.name()));
            schedulers.put(n.id().index(), s);
            return s;
        };
    }

    public void attach(MeshNetwork network) {
        this.net = network;
        if (network.routing() instanceof OlsrRouting o) {
            olsr = o;
            o.setBacklogReceiver(this::receivedViaOlsr);
        }
        network.addObserver(this);
        network.addControlHandler(this);
        sim.schedule(0, this, new ControlTick());
        sim.schedule(params.delayPeriodNs(), this, new DelayTick());
        sim.schedule(params.admissionPeriodNs(), this, new AdmissionTick());
        for (int node : schedulers.keySet().stream().sorted().toList()) {
            sim.schedule(nextAdvertDelay(), this, new AdvertTick(node));
        }
    }

    private long nextAdvertDelay() {
        return Math.round(params.advertPeriodNs() * jitter.uniform(0.75, 1.25));
    }

    /** The DANUM state of a flow (created on first use from the payer's profile). */
    public FlowState state(FlowId id) {
        FlowState s = states.get(id);
        if (s == null) {
            FlowSpec spec = net.flow(id);
            if (spec == null) {
                throw new IllegalStateException("unknown flow " + id);
            }
            s = new FlowState(spec, profiles.apply(spec.payer()).of(spec.type()), sim.nowNs());
            states.put(id, s);
        }
        return s;
    }

    boolean isDanumNode(int node) {
        return net.node(node).role() == NodeRole.CARMNET;
    }

    double linkRateMbps(int from, int to) {
        return net.budget().unicastMode(from, to).rateMbps();
    }

    long toMinor(double denarii) {
        return Math.round(denarii * MINOR_PER_DENARIUS);
    }

    @Override
    public void onEvent(long nowNs, Tick tick) {
        if (tick instanceof ControlTick) {
            controlTick();
            sim.scheduleIn(params.tickNs(), this, tick);
        } else if (tick instanceof AdvertTick a) {
            advertise(a.node());
            sim.scheduleIn(nextAdvertDelay(), this, tick);
        } else if (tick instanceof DelayTick) {
            updateDelayPrices();
            sim.scheduleIn(params.delayPeriodNs(), this, tick);
        } else if (tick instanceof AdmissionTick) {
            for (FlowState s : states.values()) {
                publish(nowNs, s);
            }
            admission.decide(new ArrayList<>(states.values()));
            sim.scheduleIn(params.admissionPeriodNs(), this, tick);
        }
    }

    private void controlTick() {
        for (FlowState s : states.values()) {
            if (s.ingress < 0) {
                continue;
            }
            int q = net.queues(s.ingress).size(s.spec.id());
            s.queueSampleSum += q;
            s.queueSamples++;
            if (s.elastic() && s.cls.utility() instanceof LogUtility log) {
                double rate = log.rateForPrice(s.pricePerKbit(q, params.v()));
                s.admissionRateKbps = q == 0 ? Double.POSITIVE_INFINITY : Math.max(8, rate);
            }
        }
        for (int node : schedulers.keySet()) {
            if (net.queues(node).total() > 0) {
                net.kick(node);
            }
        }
    }

    private void updateDelayPrices() {
        for (FlowState s : states.values()) {
            if (!s.cls.delaySensitive() || s.delayEwmaNs < 0) {
                continue;
            }
            double d = s.delayEwmaNs * 1e-9;
            double target = s.cls.delayTargetNs() * 1e-9;
            s.zSeconds = Math.max(0, s.zSeconds + params.delayStep() * (d - target));
            s.beta = s.cls.weight() * (1 + s.zSeconds / target);
        }
    }

    private void advertise(int node) {
        NodeQueues q = net.queues(node);
        List<DanumAdvert.Entry> entries = new ArrayList<>();
        for (FlowId f : q.flows()) {
            int size = q.size(f);
            if (size > 0) {
                entries.add(new DanumAdvert.Entry(f.value(), Math.min(0xFFFF, size), DanumAdvert.toQ8(state(f).beta)));
            }
        }
        int seq = advertSeq++ & 0xFFFF;
        int from = 0;
        do {
            List<DanumAdvert.Entry> part = entries.subList(from, Math.min(entries.size(), from + DanumAdvert.MAX_ENTRIES));
            if (olsr != null) {
                olsr.sendBacklog(node, seq, part.stream()
                        .map(e -> new BacklogEntry(e.flowId(), e.queuePackets(), e.betaQ8())).toList(),
                        params.advertPeriodNs());
            } else {
                net.broadcastControl(node, new DanumAdvert(node, seq, part));
            }
            from += DanumAdvert.MAX_ENTRIES;
        } while (from < entries.size());
    }

    @Override
    public void onControl(int node, ControlMessage message, long nowNs) {
        if (message instanceof DanumAdvert a) {
            received(node, a.originator(), a.seq(), a.entries(), nowNs);
        }
    }

    /** A DANUM_Q private message decoded by node {@code at}'s OLSR agent. */
    private void receivedViaOlsr(int at, int from, BacklogAdvertisement m, long nowNs) {
        received(at, from, m.advertisementSequence(), m.entries().stream()
                .map(e -> new DanumAdvert.Entry(e.flowId(), e.queuePackets(), e.betaQ8())).toList(), nowNs);
    }

    private void received(int at, int from, int seq, List<DanumAdvert.Entry> entries, long nowNs) {
        DanumScheduler s = schedulers.get(at);
        if (s != null) {
            s.table().update(from, seq, entries, nowNs);
            net.kick(at);
        }
    }

    @Override
    public void onDelivered(Packet packet, long nowNs) {
        FlowState s = states.get(packet.flow());
        if (s != null) {
            double d = nowNs - packet.createdNs();
            s.delayEwmaNs = s.delayEwmaNs < 0 ? d : 0.9 * s.delayEwmaNs + 0.1 * d;
        }
    }

    private void publish(long nowNs, FlowState s) {
        if (!sim.traceBus().wants(DanumFlowSample.class)) {
            return;
        }
        double q = s.queueSamples == 0 ? 0 : s.queueSampleSum / s.queueSamples;
        sim.traceBus().publish(new DanumFlowSample(nowNs, s.spec.name(), s.beta, s.zSeconds, q, s.admission.name(),
                s.discardProbability));
    }

    /** Snapshot of every flow's DANUM state, in flow creation order. */
    public List<FlowState> flowStates() {
        return List.copyOf(states.values());
    }
}
