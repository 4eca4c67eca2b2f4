package carma.mesh.handover;

import carma.kernel.event.EventSink;
import carma.mesh.net.FlowSpec;
import carma.mesh.net.MeshNetwork;
import carma.mesh.net.Packet;
import carma.mesh.net.PacketKind;
import carma.mesh.transport.TcpLikeFlow;

/**
 * WiOptiMo-style session-preserving relay (danum.md section 6): the CNAPT on the mobile node
 * watches its Internet gateway every {@code monitorPeriodNs} (a change comes from OLSR's ETX
 * routes or from the AP signal threshold); on a change it re-attaches the tunnel to the SNAPT on
 * the Internet host with a control packet through the new gateway, repeated each period until the
 * SNAPT confirms. The SNAPT re-binds the session to the new gateway (the network's NAT binding)
 * and resumes the tunnel's transfer at once from the first unacknowledged segment; data the server
 * produced meanwhile waited in the SNAPT (the transfer's send buffer) and follows as a burst. The
 * application's session (the {@link TcpLikeFlow}) is never torn down.
 */
public final class RelaySession implements EventSink<RelaySession.Monitor> {
    /** CNAPT monitoring tick. */
    public record Monitor() {}

    private final MeshNetwork net;
    private final TcpLikeFlow transfer;
    private final FlowSpec attach;
    private final FlowSpec confirm;
    private final int mobile;
    private final long monitorPeriodNs;
    private int confirmedGateway = -1;
    private int confirmedAp = -1;
    private long switches;

    /**
     * @param attach uplink control flow (mobile to host) of the session, {@code relayed = true}
     * @param confirm downlink control flow (host to mobile)
     */
    public RelaySession(MeshNetwork net, TcpLikeFlow transfer, FlowSpec attach, FlowSpec confirm, long startNs,
            long monitorPeriodNs) {
        this.net = net;
        this.transfer = transfer;
        this.attach = attach;
        this.confirm = confirm;
        this.mobile = attach.src().index();
        this.monitorPeriodNs = monitorPeriodNs;
        net.addFlow(attach);
        net.addFlow(confirm);
        net.registerEndpoint(attach.id(), this::onAttachAtSnapt);
        net.registerEndpoint(confirm.id(), this::onConfirmAtCnapt);
        net.simulator().schedule(startNs, this, new Monitor());
    }

    public long switches() {
        return switches;
    }

    @Override
    public void onEvent(long nowNs, Monitor m) {
        int gw = net.routing().defaultGateway(mobile);
        int ap = gw < 0 ? -1 : net.association().apOf(gw);
        if (confirmedGateway < 0) {
            confirmedGateway = gw;
            confirmedAp = ap;
        }
        if (gw >= 0 && ap >= 0 && (gw != confirmedGateway || ap != confirmedAp)) {
            net.send(net.newPacket(attach, PacketKind.RELAY_CONTROL, switches, 0, 64));
        }
        net.simulator().scheduleIn(monitorPeriodNs, this, m);
    }

    private void onAttachAtSnapt(Packet p, long nowNs) {
        int gw = p.exitGateway();
        net.trace().publish(new RelaySwitch(nowNs, attach.name(), name(confirmedGateway), name(gw), "SNAPT"));
        transfer.resume();
        net.send(net.newPacket(confirm, PacketKind.RELAY_CONTROL, p.seq(), p.seq(), 64).withVia(gw, p.exitAp()));
    }

    private void onConfirmAtCnapt(Packet p, long nowNs) {
        if (p.viaGateway() != confirmedGateway || p.viaAp() != confirmedAp) {
            net.trace().publish(new RelaySwitch(nowNs, attach.name(), name(confirmedGateway), name(p.viaGateway()),
                    "CNAPT"));
            confirmedGateway = p.viaGateway();
            confirmedAp = p.viaAp();
            switches++;
        }
    }

    private String name(int node) {
        return node < 0 ? "-" : net.node(node).name();
    }
}
