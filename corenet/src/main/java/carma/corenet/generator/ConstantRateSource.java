package carma.corenet.generator;

import carma.corenet.network.CoreNetwork;
import carma.corenet.network.Packet;
import carma.corenet.network.PacketIds;
import carma.kernel.event.EventSink;
import carma.kernel.sim.Simulator;

/**
 * Constant-rate packets of one flow from {@code startNs} for {@code durationNs}: the operator's extra
 * injected load (case study III's congestion towards an IR, seed 001 §8.3).
 */
public final class ConstantRateSource implements EventSink<ConstantRateSource.Next> {
    /** The event: inject the next packet. */
    public enum Next { PACKET }

    private final Simulator sim;
    private final CoreNetwork network;
    private final FlowEndpoints flow;
    private final long gapNs;
    private final long stopNs;
    private final PacketIds ids;

    public ConstantRateSource(Simulator sim, CoreNetwork network, FlowEndpoints flow, long rateBps, long startNs,
            long durationNs, PacketIds ids) {
        if (rateBps <= 0 || durationNs <= 0) {
            throw new IllegalArgumentException(flow.flow() + ": rate and duration must be positive");
        }
        this.sim = sim;
        this.network = network;
        this.flow = flow;
        this.gapNs = Math.max(1, Math.round(8e9 * flow.packetBytes() / rateBps));
        this.stopNs = startNs + durationNs;
        this.ids = ids;
        sim.schedule(startNs, this, Next.PACKET);
    }

    @Override
    public void onEvent(long nowNs, Next event) {
        if (nowNs >= stopNs) {
            return;
        }
        network.inject(nowNs, flow.source(), new Packet(ids.next(), flow.flow(), flow.dscp(), flow.packetBytes(),
                flow.source(), flow.destination(), nowNs));
        sim.schedule(nowNs + gapNs, this, Next.PACKET);
    }
}
