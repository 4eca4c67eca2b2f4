package carma.mesh.transport;

import carma.kernel.event.EventSink;
import carma.mesh.measure.PingResult;
import carma.mesh.net.FlowSpec;
import carma.mesh.net.MeshNetwork;
import carma.mesh.net.Packet;
import carma.mesh.net.PacketKind;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * ICMP-echo-like connectivity probe: an echo request every interval from a node to a target that
 * answers through the gateway the request arrived by; each request yields a {@link PingResult}
 * (unanswered after the timeout).
 */
public final class PingProbe implements EventSink<PingProbe.Send> {
    /** Time to send the next request. */
    public record Send() {}

    private final MeshNetwork net;
    private final FlowSpec request;
    private final FlowSpec reply;
    private final int bytes;
    private final long intervalNs;
    private final long stopNs;
    private final long timeoutNs;
    private final Map<Long, Long> outstanding = new LinkedHashMap<>();
    private long seq;
    private long answered;
    private long sent;

    public PingProbe(MeshNetwork net, FlowSpec request, FlowSpec reply, int bytes, long intervalNs, long startNs,
            long stopNs, long timeoutNs) {
        this.net = net;
        this.request = request;
        this.reply = reply;
        this.bytes = bytes;
        this.intervalNs = intervalNs;
        this.stopNs = stopNs;
        this.timeoutNs = timeoutNs;
        net.addFlow(request);
        net.addFlow(reply);
        net.registerEndpoint(request.id(), this::onRequest);
        net.registerEndpoint(reply.id(), this::onReply);
        net.simulator().schedule(startNs, this, new Send());
    }

    @Override
    public void onEvent(long nowNs, Send event) {
        expire(nowNs);
        if (nowNs >= stopNs) {
            return;
        }
        outstanding.put(seq, nowNs);
        sent++;
        net.send(net.newPacket(request, PacketKind.PING_REQUEST, seq++, 0, bytes));
        net.simulator().scheduleIn(intervalNs, this, event);
    }

    private void expire(long nowNs) {
        for (Iterator<Map.Entry<Long, Long>> it = outstanding.entrySet().iterator(); it.hasNext();) {
            Map.Entry<Long, Long> e = it.next();
            if (nowNs - e.getValue() >= timeoutNs) {
                net.trace().publish(new PingResult(e.getValue(), request.name(), e.getKey(), false, Double.NaN, "-"));
                it.remove();
            }
        }
    }

    private void onRequest(Packet p, long nowNs) {
        Packet r = net.newPacket(reply, PacketKind.PING_REPLY, p.seq(), p.seq(), bytes);
        net.send(p.exitGateway() >= 0 ? r.withVia(p.exitGateway(), p.exitAp()) : r);
    }

    private void onReply(Packet p, long nowNs) {
        Long t0 = outstanding.remove(p.seq());
        if (t0 == null) {
            return;
        }
        answered++;
        String gw = p.viaGateway() >= 0 ? net.node(p.viaGateway()).name() : "-";
        net.trace().publish(new PingResult(t0, request.name(), p.seq(), true, (nowNs - t0) / 1e6, gw));
    }

    public long sent() {
        return sent;
    }

    public long answered() {
        return answered;
    }
}
