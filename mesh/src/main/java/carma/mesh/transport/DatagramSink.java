package carma.mesh.transport;

import carma.mesh.measure.FlowMeter;
import carma.mesh.net.Endpoint;
import carma.mesh.net.Packet;

/** UDP-like receiver: every arriving datagram is goodput. */
public final class DatagramSink implements Endpoint {
    private final FlowMeter meter;

    public DatagramSink(FlowMeter meter) {
        this.meter = meter;
    }

    @Override
    public void onPacket(Packet packet, long nowNs) {
        meter.onReceived(packet, nowNs);
        meter.onGoodBytes(packet.sizeBytes(), nowNs);
    }
}
