package carma.corenet.generator;

import carma.corenet.network.CoreNetwork;
import carma.corenet.network.Packet;
import carma.corenet.network.PacketIds;
import carma.kernel.event.EventSink;
import carma.kernel.random.RandomStream;
import carma.kernel.sim.Simulator;

/**
 * Fixed-size packets with exponential inter-arrival times (a Poisson process) from {@code startNs}
 * until {@code stopNs}: the validation load of the PHB tests and the background load of benchmarks.
 */
public final class PoissonPacketSource implements EventSink<PoissonPacketSource.Next> {
    /** The event: inject the next packet. */
    public enum Next { PACKET }

    private final Simulator sim;
    private final CoreNetwork network;
    private final FlowEndpoints flow;
    private final double meanGapNs;
    private final RandomStream random;
    private final long stopNs;
    private final PacketIds ids;

    public PoissonPacketSource(Simulator sim, CoreNetwork network, FlowEndpoints flow, double packetsPerS,
            RandomStream random, long startNs, long stopNs, PacketIds ids) {
        if (!(packetsPerS > 0)) {
            throw new IllegalArgumentException(flow.flow() + ": rate must be positive, got " + packetsPerS);
        }
        this.sim = sim;
        this.network = network;
        this.flow = flow;
        this.meanGapNs = 1e9 / packetsPerS;
        this.random = random;
        this.stopNs = stopNs;
        this.ids = ids;
        sim.schedule(startNs + gapNs(), this, Next.PACKET);
    }

    @Override
    public void onEvent(long nowNs, Next event) {
        if (nowNs >= stopNs) {
            return;
        }
        network.inject(nowNs, flow.source(), new Packet(ids.next(), flow.flow(), flow.dscp(), flow.packetBytes(),
                flow.source(), flow.destination(), nowNs));
        sim.schedule(nowNs + gapNs(), this, Next.PACKET);
    }

    private long gapNs() {
        return Math.max(1, Math.round(random.exponential(meanGapNs)));
    }
}
