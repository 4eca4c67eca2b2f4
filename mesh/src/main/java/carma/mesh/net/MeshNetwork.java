package carma.mesh.net;

import carma.kernel.event.EventSink;
import carma.kernel.sim.Simulator;
import carma.kernel.trace.TraceBus;
import carma.mesh.link.Association;
import carma.mesh.link.LinkBudget;
import carma.mesh.mac.Frame;
import carma.mesh.mac.MacListener;
import carma.mesh.mac.Medium;
import carma.mesh.measure.PacketDropped;
import carma.mesh.node.NodeRole;
import carma.mesh.node.NodeSpec;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The discrete-event mesh emulator: packets travel hop by hop through per-node queues (each node's
 * {@link SchedulingPolicy}) over the shared 802.11 {@link Medium}, along the routes of the
 * {@link Routing} port; public APs serve their associated stations FIFO and reach the Internet host
 * over wired uplinks; the Internet side keeps NAT bindings per session. Observers see every hop,
 * delivery and drop.
 */
public final class MeshNetwork implements MacListener, EventSink<MeshNetwork.NetEvent> {
    /** The network's own timed events. */
    public sealed interface NetEvent permits MobilityTick, RoutingTick, WiredArrival {}

    record MobilityTick() implements NetEvent {}

    record RoutingTick() implements NetEvent {}

    record WiredArrival(int node, Packet packet) implements NetEvent {}

    /** Builds the routing port once the link model exists. */
    @FunctionalInterface
    public interface RoutingFactory {
        Routing create(List<NodeSpec> nodes, LinkBudget budget, Association association, Simulator sim);
    }

    private final Simulator sim;
    private final List<NodeSpec> nodes;
    private final MeshConfig config;
    private final LinkBudget budget;
    private final Association association;
    private final Routing routing;
    private final Medium medium;
    private final NodeQueues[] queues;
    private final SchedulingPolicy[] policies;
    private final List<ArrayDeque<ControlMessage>> control = new ArrayList<>();
    private final Map<FlowId, FlowSpec> flows = new LinkedHashMap<>();
    private final Map<FlowId, Endpoint> endpoints = new HashMap<>();
    private final Map<Integer, WiredLink> uplinks = new HashMap<>();
    private final NatTable nat = new NatTable();
    private final List<PacketObserver> observers = new ArrayList<>();
    private final List<ControlHandler> controlHandlers = new ArrayList<>();
    private final RouteTracker routeTracker;
    private final Forwarding forwarding;
    private final int host;
    private long nextUid;

    public MeshNetwork(Simulator sim, List<NodeSpec> nodes, MeshConfig config,
            Function<NodeSpec, SchedulingPolicy> carmnetPolicy, RoutingFactory routingFactory) {
        this.sim = sim;
        this.nodes = List.copyOf(nodes);
        this.config = config;
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i).id().index() != i) {
                throw new IllegalArgumentException("node " + nodes.get(i).name() + " must have index " + i);
            }
        }
        this.budget = new LinkBudget(nodes, config.radio());
        this.association = new Association(nodes, budget, config.associateDbm(), config.leaveDbm());
        this.routing = routingFactory.create(this.nodes, budget, association, sim);
        this.medium = new Medium(sim, budget, this, "mesh.mac");
        this.queues = new NodeQueues[nodes.size()];
        this.policies = new SchedulingPolicy[nodes.size()];
        int h = -1;
        for (NodeSpec n : nodes) {
            int i = n.id().index();
            queues[i] = new NodeQueues();
            control.add(new ArrayDeque<>());
            if (n.role() == NodeRole.CARMNET) {
                policies[i] = carmnetPolicy.apply(n);
            } else if (n.role() == NodeRole.PUBLIC_AP) {
                policies[i] = new FifoPolicy(config.apQueuePackets());
                uplinks.put(i, new WiredLink(config.wiredRateBps(), config.wiredDelayNs()));
            } else {
                if (h >= 0) {
                    throw new IllegalArgumentException("at most one Internet host, found " + nodes.get(h).name()
                            + " and " + n.name());
                }
                h = i;
            }
        }
        this.host = h;
        this.forwarding = new Forwarding(this.nodes, association, routing, host);
        this.routeTracker = new RouteTracker(this.nodes, routing, sim.traceBus());
        routing.attach(this);
        sim.schedule(0, this, new MobilityTick());
        sim.schedule(0, this, new RoutingTick());
    }

    /** The standard oracle routing. */
    public static RoutingFactory staticEtx(int controlBytes) {
        return (n, b, a, s) -> new StaticEtxRouting(n, b, a, controlBytes);
    }

    public Simulator simulator() {
        return sim;
    }

    public List<NodeSpec> nodes() {
        return nodes;
    }

    public NodeSpec node(int index) {
        return nodes.get(index);
    }

    public LinkBudget budget() {
        return budget;
    }

    public Association association() {
        return association;
    }

    public Routing routing() {
        return routing;
    }

    public Medium medium() {
        return medium;
    }

    public MeshConfig config() {
        return config;
    }

    public TraceBus trace() {
        return sim.traceBus();
    }

    public int internetHost() {
        return host;
    }

    public NodeQueues queues(int node) {
        return queues[node];
    }

    public void addFlow(FlowSpec flow) {
        if (flows.putIfAbsent(flow.id(), flow) != null) {
            throw new IllegalArgumentException("duplicate flow id " + flow.id());
        }
    }

    public FlowSpec flow(FlowId id) {
        return flows.get(id);
    }

    public Iterable<FlowSpec> flows() {
        return flows.values();
    }

    public void registerEndpoint(FlowId flow, Endpoint endpoint) {
        endpoints.put(flow, endpoint);
    }

    public void addObserver(PacketObserver observer) {
        observers.add(observer);
    }

    public void addControlHandler(ControlHandler handler) {
        controlHandlers.add(handler);
    }

    /** The gateway the Internet side currently maps {@code session} to, or -1. */
    public int natBinding(int session) {
        return nat.gateway(session);
    }

    /** The current public address (gateway, AP) of {@code node}'s Internet access, or -1. */
    private long publicAddressOf(int node) {
        int g = routing.defaultGateway(node);
        return g < 0 ? -1 : Packet.address(g, association.apOf(g));
    }

    /** A new packet of {@code flow} created now (downlink packets get the session's NAT gateway). */
    public Packet newPacket(FlowSpec flow, PacketKind kind, long seq, long ackSeq, int sizeBytes) {
        long via = -1;
        if (flow.src().index() == host) {
            via = nat.downlinkAddress(flow, () -> publicAddressOf(flow.dst().index()));
        }
        int viaGw = via < 0 ? -1 : (int) (via >>> 32);
        int viaAp = via < 0 ? -1 : (int) via;
        return new Packet(nextUid++, flow.id(), kind, seq, ackSeq, flow.src(), flow.dst(), sizeBytes, sim.nowNs(), viaGw,
                viaAp, -1, -1);
    }

    /** Injects a packet at its source node. */
    public void send(Packet p) {
        int src = p.src().index();
        if (src == host) {
            hostSend(p);
        } else {
            arrive(src, p);
        }
    }

    /** Queues a 1-hop broadcast control message at {@code node} (served before data). */
    public void broadcastControl(int node, ControlMessage message) {
        control.get(node).addLast(message);
        kick(node);
    }

    /** Lets {@code node}'s policy fill its driver queue. */
    public void kick(int node) {
        if (nodes.get(node).role() == NodeRole.INTERNET_HOST) {
            return;
        }
        long now = sim.nowNs();
        while (medium.room(node) > 0) {
            ControlMessage c = control.get(node).pollFirst();
            if (c != null) {
                medium.enqueue(new Frame(node, Frame.BROADCAST, c.sizeBytes(), c));
                continue;
            }
            Decision d = policies[node].select(node, queues[node], forwarding, now);
            if (d == null) {
                return;
            }
            if (d instanceof Decision.Drop drop) {
                drop(drop.packet(), node, drop.reason());
            } else if (d instanceof Decision.Send s) {
                dispatch(node, s);
            }
        }
    }

    private void dispatch(int node, Decision.Send s) {
        Packet p = s.packet();
        int next = s.nextHop();
        long now = sim.nowNs();
        NodeSpec from = nodes.get(node);
        NodeSpec to = nodes.get(next);
        if (from.role() == NodeRole.CARMNET && to.role() == NodeRole.PUBLIC_AP) {
            p = p.withExit(node, next);
            notifyGateway(p, node, now);
        } else if (from.role() == NodeRole.PUBLIC_AP && to.role() == NodeRole.CARMNET) {
            notifyGateway(p, next, now);
        }
        for (PacketObserver o : observers) {
            o.onHop(p, node, next, s.creditMinor(), now);
        }
        if (to.role() == NodeRole.INTERNET_HOST) {
            long at = uplinks.get(node).arrivalNs(now, p.sizeBytes(), true);
            sim.schedule(at, this, new WiredArrival(next, p));
        } else {
            medium.enqueue(new Frame(node, next, p.sizeBytes(), p));
        }
    }

    private void notifyGateway(Packet p, int gateway, long now) {
        for (PacketObserver o : observers) {
            o.onGatewayCrossing(p, gateway, now);
        }
    }

    private void arrive(int node, Packet p) {
        long now = sim.nowNs();
        if (node == p.dst().index() && node != host) {
            deliver(p, now);
            return;
        }
        if (p.dst().index() == host && nodes.get(node).role() == NodeRole.PUBLIC_AP) {
            for (PacketObserver o : observers) {
                o.onHop(p, node, host, 0, now);
            }
            sim.schedule(uplinks.get(node).arrivalNs(now, p.sizeBytes(), true), this, new WiredArrival(host, p));
            return;
        }
        DropReason refused = policies[node].admit(node, p, queues[node], now);
        if (refused != null) {
            drop(p, node, refused);
            return;
        }
        queues[node].add(p, now);
        kick(node);
    }

    private void deliver(Packet p, long now) {
        for (PacketObserver o : observers) {
            o.onDelivered(p, now);
        }
        Endpoint e = endpoints.get(p.flow());
        if (e != null) {
            e.onPacket(p, now);
        }
    }

    /** Removes a packet from the network, telling the observers why. */
    public void drop(Packet p, int node, DropReason reason) {
        long now = sim.nowNs();
        for (PacketObserver o : observers) {
            o.onDropped(p, node, reason, now);
        }
        TraceBus bus = sim.traceBus();
        if (bus.wants(PacketDropped.class)) {
            bus.publish(new PacketDropped(now, p.flow().value(), p.seq(), nodes.get(node).name(), reason));
        }
    }

    private void hostSend(Packet p) {
        int gw = p.viaGateway();
        int ap = gw < 0 ? -1 : association.apOf(gw);
        if (ap < 0 || ap != p.viaAp()) {
            drop(p, host, DropReason.NO_ROUTE);
            return;
        }
        long at = uplinks.get(ap).arrivalNs(sim.nowNs(), p.sizeBytes(), false);
        sim.schedule(at, this, new WiredArrival(ap, p));
    }

    private void hostReceive(Packet p, long now) {
        if (!nat.acceptUplink(flows.get(p.flow()), p)) {
            drop(p, host, DropReason.NAT_MISMATCH);
            return;
        }
        deliver(p, now);
    }

    @Override
    public void onEvent(long nowNs, NetEvent event) {
        if (event instanceof WiredArrival w) {
            if (w.node() == host) {
                hostReceive(w.packet(), nowNs);
            } else {
                arrive(w.node(), w.packet());
            }
        } else if (event instanceof MobilityTick) {
            if (budget.refresh(nowNs)) {
                association.update();
            }
            sim.scheduleIn(config.mobilityPeriodNs(), this, event);
        } else if (event instanceof RoutingTick) {
            routing.update(nowNs);
            routeTracker.check(nowNs);
            sim.scheduleIn(config.routingPeriodNs(), this, event);
        }
    }

    @Override
    public void onFrameReceived(int node, Frame frame, long nowNs) {
        if (frame.payload() instanceof Packet p) {
            if (frame.rx() == node) {
                arrive(node, p);
            }
        } else if (frame.payload() instanceof ControlMessage c) {
            for (ControlHandler h : controlHandlers) {
                h.onControl(node, c, nowNs);
            }
        }
    }

    @Override
    public void onTransmitDone(int node, Frame frame, boolean delivered, int attempts, long nowNs) {
        if (!delivered && frame.payload() instanceof Packet p) {
            drop(p, node, DropReason.MAC_RETRY_LIMIT);
        }
    }

    @Override
    public void onMacReady(int node, long nowNs) {
        kick(node);
    }

    /** Drops everything still queued (end of run), so that accounting can settle. */
    public void flushAtEnd() {
        for (int i = 0; i < queues.length; i++) {
            NodeQueues q = queues[i];
            for (FlowId f : List.copyOf(q.flows())) {
                while (q.size(f) > 0) {
                    drop(q.pollHead(f).packet(), i, DropReason.RUN_END);
                }
            }
        }
    }
}
