package carma.mesh.transport;

import carma.kernel.event.EventSink;
import carma.mesh.measure.FlowMeter;
import carma.mesh.net.FlowSpec;
import carma.mesh.net.MeshNetwork;
import carma.mesh.net.PacketKind;

/** UDP-like constant bit rate source: one datagram every interval between start and stop. */
public final class CbrSource implements EventSink<CbrSource.Emit> {
    /** Time to emit the next datagram. */
    public record Emit() {}

    private final MeshNetwork net;
    private final FlowSpec flow;
    private final int packetBytes;
    private final long intervalNs;
    private final long stopNs;
    private final FlowMeter meter;
    private long seq;

    public CbrSource(MeshNetwork net, FlowSpec flow, int packetBytes, long intervalNs, long startNs, long stopNs,
            FlowMeter meter) {
        if (intervalNs <= 0 || packetBytes <= 0) {
            throw new IllegalArgumentException("CBR interval and size must be positive");
        }
        this.net = net;
        this.flow = flow;
        this.packetBytes = packetBytes;
        this.intervalNs = intervalNs;
        this.stopNs = stopNs;
        this.meter = meter;
        net.addFlow(flow);
        net.registerEndpoint(flow.id(), new DatagramSink(meter));
        net.simulator().schedule(startNs, this, new Emit());
    }

    public double rateBps() {
        return packetBytes * 8.0 / (intervalNs * 1e-9);
    }

    @Override
    public void onEvent(long nowNs, Emit event) {
        if (nowNs >= stopNs) {
            return;
        }
        meter.countSent();
        net.send(net.newPacket(flow, PacketKind.DATA, seq++, 0, packetBytes));
        net.simulator().scheduleIn(intervalNs, this, event);
    }
}
