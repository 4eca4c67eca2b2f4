package carma.mesh.net;

import carma.kernel.event.EventSink;
import carma.kernel.random.RandomStream;
import carma.kernel.sim.Simulator;
import carma.mesh.danum.wire.BacklogAdvertisement;
import carma.mesh.danum.wire.BacklogEntry;
import carma.mesh.danum.wire.BacklogMessageType;
import carma.mesh.link.Association;
import carma.mesh.measure.ControlOverhead;
import carma.mesh.node.NodeRole;
import carma.mesh.node.NodeSpec;
import carma.olsr.Ipv4Prefix;
import carma.olsr.NodeAddress;
import carma.olsr.OlsrAgent;
import carma.olsr.OlsrConfig;
import carma.olsr.OlsrStats;
import carma.olsr.PrivateMessages;
import carma.olsr.Route;
import carma.olsr.RouteChangeListener;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The routing port fed by real OLSR agents ({@code carma.olsr}), one per CARMNET node: their
 * packets are encoded to bytes and broadcast as frames over the emulated medium (so control frames
 * collide and fade like data), decoded on receipt, and the agents' routing tables answer the
 * forwarding plane. Node i has address 10.0.x.y = {@link NodeAddress#ofIndex}(i + 1). Sharing
 * nodes associated with an AP at start announce the default route by HNA (the association of
 * sharing nodes is assumed static). OLSR gives one next hop per destination, so DANUM's downstream
 * set has one member here. Every agent registers DANUM's backlog advertisement
 * ({@link BacklogMessageType}, type 150) as a private message type.
 */
public final class OlsrRouting implements Routing, ControlHandler, EventSink<OlsrRouting.Wake> {
    /** Receives the DANUM_Q private messages a node's agent decoded. */
    @FunctionalInterface
    public interface BacklogReceiver {
        void onBacklog(int atNode, int fromNode, BacklogAdvertisement advertisement, long nowNs);
    }

    /** An agent's timer is due (node -1: publish the control overhead). */
    public record Wake(int node, long generation) {}

    private static final long OVERHEAD_PERIOD_NS = 1_000_000_000L;
    private static final BacklogMessageType BACKLOG = BacklogMessageType.standard();

    private final List<NodeSpec> nodes;
    private final Association association;
    private final Simulator sim;
    private final OlsrAgent[] agents;
    private final long[] scheduledNs;
    private final long[] generation;
    private MeshNetwork net;
    private BacklogReceiver backlogReceiver = (a, f, m, t) -> { };

    public OlsrRouting(List<NodeSpec> nodes, Association association, Simulator sim, OlsrConfig base) {
        this.nodes = List.copyOf(nodes);
        this.association = association;
        this.sim = sim;
        this.agents = new OlsrAgent[nodes.size()];
        this.scheduledNs = new long[nodes.size()];
        this.generation = new long[nodes.size()];
        java.util.Arrays.fill(scheduledNs, Long.MAX_VALUE);
        for (NodeSpec n : nodes) {
            int i = n.id().index();
            if (n.role() != NodeRole.CARMNET) {
                continue;
            }
            OlsrConfig cfg = n.sharesInternet() && association.associated(i)
                    ? base.toBuilder().localHna(List.of(Ipv4Prefix.DEFAULT_ROUTE)).build() : base;
            RandomStream r = sim.streams().stream("mesh.olsr." + n.name());
            RandomGenerator g = r::nextLong;
            PrivateMessages privateMessages = PrivateMessages.builder()
                    .register(BACKLOG, (from, m, now) -> backlogReceiver.onBacklog(i, index(from), m.body(), now))
                    .build();
            agents[i] = new OlsrAgent(cfg, address(i), g, (bytes, now) -> net.broadcastControl(i, new OlsrFrame(i, bytes)),
                    RouteChangeListener.NONE, privateMessages);
        }
    }

    /** A factory for {@link MeshNetwork} with the olsrd defaults (LQ, etx_ff, HELLO 2 s, TC 5 s). */
    public static MeshNetwork.RoutingFactory factory(OlsrConfig base) {
        return (n, b, a, s) -> new OlsrRouting(n, a, s, base);
    }

    static NodeAddress address(int index) {
        return NodeAddress.ofIndex(index + 1);
    }

    static int index(NodeAddress a) {
        return (a.value() & 0xFFFF) - 1;
    }

    @Override
    public void attach(MeshNetwork network) {
        this.net = network;
        network.addControlHandler(this);
        for (int i = 0; i < agents.length; i++) {
            if (agents[i] != null) {
                agents[i].start(sim.nowNs());
                reschedule(i);
            }
        }
        sim.schedule(sim.nowNs() + OVERHEAD_PERIOD_NS, this, new Wake(-1, 0));
    }

    private void publishOverhead(long nowNs) {
        if (sim.traceBus().wants(ControlOverhead.class)) {
            for (int i = 0; i < agents.length; i++) {
                if (agents[i] != null) {
                    OlsrStats s = agents[i].stats();
                    sim.traceBus().publish(new ControlOverhead(nowNs, nodes.get(i).name(), s.packetsSent(),
                            s.bytesSent() + 28 * s.packetsSent()));
                }
            }
        }
        sim.scheduleIn(OVERHEAD_PERIOD_NS, this, new Wake(-1, 0));
    }

    /** Makes sure a wake-up is pending for agent {@code i} at its next deadline. */
    private void reschedule(int i) {
        long next = agents[i].nextTimerNs(); // expiries are processed when the agent is next used
        if (next == Long.MAX_VALUE) {
            return;
        }
        next = Math.max(next, sim.nowNs() + 1);
        if (next < scheduledNs[i]) {
            scheduledNs[i] = next;
            sim.schedule(next, this, new Wake(i, ++generation[i]));
        }
    }

    @Override
    public void onEvent(long nowNs, Wake w) {
        int i = w.node();
        if (i < 0) {
            publishOverhead(nowNs);
            return;
        }
        if (w.generation() != generation[i]) {
            return;
        }
        scheduledNs[i] = Long.MAX_VALUE;
        agents[i].advanceTo(nowNs);
        reschedule(i);
    }

    @Override
    public void onControl(int node, ControlMessage message, long nowNs) {
        if (message instanceof OlsrFrame f && agents[node] != null) {
            agents[node].onPacket(f.payload(), address(f.originator()), nowNs);
            reschedule(node);
        }
    }

    private Optional<Route> route(int node, int destination) {
        if (agents[node] == null) {
            return Optional.empty();
        }
        return agents[node].routingTable(sim.nowNs()).hostRoute(address(destination));
    }

    @Override
    public List<NextHop> downstream(int node, int destination) {
        if (node == destination) {
            return List.of();
        }
        return route(node, destination).map(r -> List.of(new NextHop(index(r.nextHop()), 1.0,
                Math.max(0, r.etx() - 1)))).orElse(List.of());
    }

    @Override
    public double cost(int node, int destination) {
        return node == destination ? 0 : route(node, destination).map(Route::etx).orElse(Double.POSITIVE_INFINITY);
    }

    @Override
    public int defaultGateway(int node) {
        if (agents[node] == null) {
            return -1;
        }
        if (association.associated(node)) {
            return node;
        }
        if (!agents[node].knowsDefaultGateway()) {
            return -1;
        }
        return agents[node].routingTable(sim.nowNs()).defaultRoute().map(r -> index(r.gateway())).orElse(-1);
    }

    @Override
    public void update(long nowNs) {
        // the agents run on their own timers
    }

    public void setBacklogReceiver(BacklogReceiver receiver) {
        this.backlogReceiver = receiver;
    }

    /**
     * Sends a DANUM_Q backlog advertisement from {@code node}'s agent to its 1-hop neighbours (TTL 1,
     * Vtime = 3 x the advertisement period, olsr.md §6).
     */
    public void sendBacklog(int node, int seq, List<BacklogEntry> entries, long periodNs) {
        agents[node].originatePrivate(BACKLOG, new BacklogAdvertisement(seq, 0, entries), 3 * periodNs, 1,
                sim.nowNs());
    }

    /** Control traffic sent so far by all agents. */
    public long controlBytesSent() {
        long b = 0;
        for (OlsrAgent a : agents) {
            if (a != null) {
                OlsrStats s = a.stats();
                b += s.bytesSent() + 28 * s.packetsSent();
            }
        }
        return b;
    }

    public OlsrAgent agent(int node) {
        return agents[node];
    }
}
