package carma.mesh.transport;

import carma.kernel.event.EventSink;
import carma.kernel.random.RandomStream;
import carma.kernel.time.SimTime;
import carma.mesh.measure.FlowMeter;
import carma.mesh.net.FlowSpec;
import carma.mesh.net.MeshNetwork;
import carma.mesh.net.PacketKind;

/**
 * UDP-like on/off source: exponentially distributed talk spurts and silences (Brady's voice model:
 * means 1.0 s on and 1.35 s off), constant bit rate while on.
 */
public final class OnOffSource implements EventSink<OnOffSource.Step> {
    /** Next datagram or state switch. */
    public record Step(boolean toggle) {}

    private final MeshNetwork net;
    private final FlowSpec flow;
    private final int packetBytes;
    private final long intervalNs;
    private final double meanOnS;
    private final double meanOffS;
    private final long stopNs;
    private final FlowMeter meter;
    private final RandomStream random;
    private boolean on;
    private long stateEndsNs;
    private long seq;

    public OnOffSource(MeshNetwork net, FlowSpec flow, int packetBytes, long intervalNs, double meanOnS, double meanOffS,
            long startNs, long stopNs, FlowMeter meter) {
        this.net = net;
        this.flow = flow;
        this.packetBytes = packetBytes;
        this.intervalNs = intervalNs;
        this.meanOnS = meanOnS;
        this.meanOffS = meanOffS;
        this.stopNs = stopNs;
        this.meter = meter;
        this.random = net.simulator().streams().stream("mesh.source.onoff." + flow.name());
        net.addFlow(flow);
        net.registerEndpoint(flow.id(), new DatagramSink(meter));
        net.simulator().schedule(startNs, this, new Step(true));
    }

    @Override
    public void onEvent(long nowNs, Step step) {
        if (nowNs >= stopNs) {
            return;
        }
        if (step.toggle()) {
            on = !on;
            stateEndsNs = nowNs + SimTime.nanosOfSeconds(random.exponential(on ? meanOnS : meanOffS));
            net.simulator().schedule(stateEndsNs, this, new Step(true));
            if (on) {
                emit(nowNs);
            }
        } else if (on) {
            emit(nowNs);
        }
    }

    private void emit(long nowNs) {
        meter.countSent();
        net.send(net.newPacket(flow, PacketKind.DATA, seq++, 0, packetBytes));
        if (nowNs + intervalNs < stateEndsNs) {
            net.simulator().scheduleIn(intervalNs, this, new Step(false));
        }
    }
}
