package carma.traffic.source;

import carma.kernel.random.RandomStream;
import carma.traffic.PacketSource;

/**
 * Constant bit rate given as a packet size and a period, e.g. a mesh UDP flow of 512 bytes every
 * 0.25 s or a codec frame every 30 ms: packets of {@code packetSizeBits} exactly every
 * {@code intervalNs}. The same {@link CbrSource} as {@link CbrParameters}, for periods whose bit
 * rate is not a whole number of bit/s.
 *
 * @param packetSizeBits size of every packet in bits (positive)
 * @param intervalNs time between packets in ns (positive)
 */
public record PeriodicParameters(int packetSizeBits, long intervalNs) implements SourceParameters {
    public PeriodicParameters {
        if (packetSizeBits <= 0) {
            throw new IllegalArgumentException("packetSizeBits must be positive: " + packetSizeBits);
        }
        if (intervalNs <= 0) {
            throw new IllegalArgumentException("intervalNs must be positive: " + intervalNs);
        }
    }

    /** The mean bit rate in bit/s. */
    public double rateBps() {
        return packetSizeBits * 1e9 / intervalNs;
    }

    @Override
    public PacketSource newSource(RandomStream stream, long startNs) {
        return new CbrSource(this, startNs);
    }
}
