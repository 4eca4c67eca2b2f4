package carma.corenet.network;

import carma.corenet.diffserv.PhbConfig;
import carma.corenet.diffserv.Psc;
import carma.corenet.diffserv.QueueManagement;
import carma.corenet.diffserv.TokenBucket;
import carma.corenet.mpls.LabelAgent;
import carma.corenet.mpls.NoLspPolicy;
import carma.corenet.topology.LinkSpec;
import carma.corenet.topology.RouterId;
import carma.corenet.topology.Topology;
import carma.kernel.random.RandomStreams;
import carma.kernel.sim.Simulator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The core as a set of routers joined by egress ports, driven by the simulator's events: packets
 * enter at an edge with {@link #inject}, cross ports (queueing, transmission, propagation) and leave
 * through the {@link PacketListener} as delivered or dropped. No clock is read: every time is the
 * event's, so the same core runs offline, in real time or with real packets.
 */
public final class CoreNetwork {
    /** A typical packet for RED's idle-time ageing (F&amp;J's m): an Ethernet MTU. */
    static final int RED_IDLE_PACKET_BYTES = 1500;

    private final Topology topology;
    private final PhbConfig phb;
    private final Map<RouterId, Router> routers = new LinkedHashMap<>();
    private final List<EgressPort> ports = new ArrayList<>();

    public CoreNetwork(Simulator sim, Topology topology, PhbConfig phb, NoLspPolicy noLspPolicy,
            PacketListener listener) {
        this.topology = Objects.requireNonNull(topology, "topology");
        this.phb = Objects.requireNonNull(phb, "phb");
        RandomStreams streams = sim.streams();
        for (RouterId id : topology.routers()) {
            routers.put(id, new Router(id, listener, noLspPolicy));
        }
        for (LinkSpec l : topology.links()) {
            Psc[] pscs = Psc.values();
            QueueManagement[] qm = new QueueManagement[pscs.length];
            int[] limits = new int[pscs.length];
            for (Psc p : pscs) {
                qm[p.ordinal()] = phb.newQueueManagement(p, l.transmissionNs(RED_IDLE_PACKET_BYTES),
                        streams.stream("corenet.red." + l.id() + "." + p));
                limits[p.ordinal()] = phb.of(p).limitPackets();
            }
            EgressPort port = new EgressPort(sim, l, routers.get(l.from()), routers.get(l.to()), phb.newScheduler(),
                    qm, limits);
            routers.get(l.from()).addPort(port);
            ports.add(port);
        }
        for (RouterId from : topology.routers()) {
            for (RouterId to : topology.routers()) {
                if (!from.equals(to)) {
                    topology.nextLink(from, to).ifPresent(l -> routers.get(from).addIpRoute(to, l.to()));
                }
            }
        }
    }

    public Topology topology() {
        return topology;
    }

    public PhbConfig phb() {
        return phb;
    }

    /** A packet enters the core at edge router {@code at} now (call from an event at {@code nowNs}). */
    public void inject(long nowNs, RouterId at, Packet packet) {
        router(at).inject(nowNs, packet);
    }

    /** The BB agent (PEP) of a router. */
    public LabelAgent agent(RouterId id) {
        return router(id);
    }

    /** Polices {@code flow} where it enters at {@code edge} with a token bucket; excess is dropped. */
    public void installPolicer(RouterId edge, FlowId flow, long rateBps, int depthBytes, long nowNs) {
        router(edge).installPolicer(flow, new TokenBucket(rateBps, depthBytes, nowNs));
    }

    public void removePolicer(RouterId edge, FlowId flow) {
        router(edge).removePolicer(flow);
    }

    /** Snapshot of every port's per-class counters, ports in topology link order, classes in order. */
    public List<PortClassStats> portStats() {
        List<PortClassStats> out = new ArrayList<>(ports.size() * Psc.values().length);
        for (EgressPort p : ports) {
            for (Psc c : Psc.values()) {
                out.add(p.stats(c));
            }
        }
        return out;
    }

    /** Snapshot of every router's packet counts, routers in topology order. */
    public List<RouterCounters> routerCounters() {
        List<RouterCounters> out = new ArrayList<>();
        for (Router r : routers.values()) {
            out.add(r.counters());
        }
        return out;
    }

    private Router router(RouterId id) {
        Router r = routers.get(id);
        if (r == null) {
            throw new IllegalArgumentException("no router " + id + " in the core");
        }
        return r;
    }
}
