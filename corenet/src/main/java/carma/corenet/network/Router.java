package carma.corenet.network;

import carma.corenet.diffserv.TokenBucket;
import carma.corenet.mpls.Fec;
import carma.corenet.mpls.LabelAgent;
import carma.corenet.mpls.LabelEntry;
import carma.corenet.mpls.NoLspPolicy;
import carma.corenet.topology.RouterId;
import carma.kernel.event.EventSink;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One router: label switching (swap/pop by incoming label), FEC push at an ingress LER, hop-count IP
 * forwarding for unlabelled packets, EF policing of packets entering the core here, and its
 * {@link LabelAgent}. Events: a packet arriving from a link (this sink). Counts what it receives so
 * that arrived = delivered + forwarded + dropped + held in its ports.
 */
final class Router implements EventSink<Packet>, LabelAgent {
    private record Hop(int label, EgressPort port) {}

    private final RouterId id;
    private final PacketListener listener;
    private final NoLspPolicy noLspPolicy;
    private final Map<RouterId, EgressPort> portsByNextHop = new LinkedHashMap<>();
    private final Map<RouterId, EgressPort> ipRoutes = new HashMap<>();
    private final Map<Integer, Hop> labels = new HashMap<>();
    private final Map<Fec, Hop> fecBindings = new HashMap<>();
    private final Map<FlowId, TokenBucket> policers = new HashMap<>();
    private long arrived;
    private long delivered;
    private long forwarded;
    private long dropped;

    Router(RouterId id, PacketListener listener, NoLspPolicy noLspPolicy) {
        this.id = id;
        this.listener = listener;
        this.noLspPolicy = noLspPolicy;
    }

    @Override
    public RouterId router() {
        return id;
    }

    void addPort(EgressPort port) {
        portsByNextHop.put(port.link().to(), port);
    }

    void addIpRoute(RouterId destination, RouterId nextHop) {
        ipRoutes.put(destination, port(nextHop));
    }

    Iterable<EgressPort> ports() {
        return portsByNextHop.values();
    }

    void installPolicer(FlowId flow, TokenBucket bucket) {
        policers.put(flow, bucket);
    }

    void removePolicer(FlowId flow) {
        policers.remove(flow);
    }

    /** A packet entering the core at this (edge) router: policing, then forwarding. */
    void inject(long nowNs, Packet p) {
        arrived++;
        TokenBucket policer = policers.get(p.flow());
        if (policer != null && !policer.conforms(p.sizeBytes(), nowNs)) {
            dropped(nowNs, p, PacketFate.DROPPED_POLICER);
            return;
        }
        route(nowNs, p, true);
    }

    /** A packet arriving over a link. */
    @Override
    public void onEvent(long nowNs, Packet p) {
        arrived++;
        route(nowNs, p, false);
    }

    private void route(long nowNs, Packet p, boolean entering) {
        if (p.label() != Packet.NO_LABEL) {
            Hop h = labels.get(p.label());
            if (h == null) {
                dropped(nowNs, p, PacketFate.DROPPED_NO_LSP);
                return;
            }
            if (h.port() != null) {
                p.setLabel(h.label());
                h.port().enqueue(nowNs, p);
                return;
            }
            p.setLabel(Packet.NO_LABEL);
        }
        if (p.destination().equals(id)) {
            delivered++;
            listener.onFate(nowNs, p, PacketFate.DELIVERED, id);
            return;
        }
        if (entering) {
            Hop h = fecBindings.get(new Fec(p.dscp().psc(), p.destination()));
            if (h != null) {
                p.setLabel(h.label());
                h.port().enqueue(nowNs, p);
                return;
            }
            if (noLspPolicy == NoLspPolicy.DROP) {
                dropped(nowNs, p, PacketFate.DROPPED_NO_LSP);
                return;
            }
        }
        EgressPort port = ipRoutes.get(p.destination());
        if (port == null) {
            dropped(nowNs, p, PacketFate.DROPPED_NO_ROUTE);
            return;
        }
        port.enqueue(nowNs, p);
    }

    void dropped(long nowNs, Packet p, PacketFate fate) {
        dropped++;
        listener.onFate(nowNs, p, fate, id);
    }

    void forwarded() {
        forwarded++;
    }

    RouterCounters counters() {
        int held = 0;
        for (EgressPort port : portsByNextHop.values()) {
            held += port.heldPackets();
        }
        return new RouterCounters(id, arrived, delivered, forwarded, dropped, held);
    }

    @Override
    public void installLabel(int inLabel, LabelEntry entry) {
        labels.put(inLabel, new Hop(entry.outLabel(), entry.pops() ? null : port(entry.nextHop())));
    }

    @Override
    public void removeLabel(int inLabel) {
        labels.remove(inLabel);
    }

    @Override
    public void bindFec(Fec fec, int outLabel, RouterId nextHop) {
        fecBindings.put(fec, new Hop(outLabel, port(nextHop)));
    }

    @Override
    public void unbindFec(Fec fec) {
        fecBindings.remove(fec);
    }

    private EgressPort port(RouterId nextHop) {
        EgressPort p = portsByNextHop.get(nextHop);
        if (p == null) {
            throw new IllegalArgumentException(id + " has no link to " + nextHop);
        }
        return p;
    }
}
