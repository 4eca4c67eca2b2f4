package carma.traffic.source;

import carma.kernel.random.RandomStream;
import carma.traffic.PacketSource;

/**
 * A constant-bit-rate source: packets of {@code packetSizeBits} at a mean rate of exactly {@code
 * rateBps}. AROMA paper §5.2.5 models video streaming "like voice with an activity factor of
 * 100 %", i.e. this source active for the whole session.
 *
 * @param rateBps bit rate in bit/s (positive)
 * @param packetSizeBits size of every packet in bits (positive)
 */
public record CbrParameters(long rateBps, int packetSizeBits) implements SourceParameters {
    public CbrParameters {
        if (rateBps <= 0) {
            throw new IllegalArgumentException("rateBps must be positive: " + rateBps);
        }
        if (packetSizeBits <= 0) {
            throw new IllegalArgumentException("packetSizeBits must be positive: " + packetSizeBits);
        }
    }

    /**
     * The user under test's video of AROMA case studies I and II: 192 kbit/s, carried in 1500-byte
     * IP packets (12000 bits, one every 62.5 ms). The packet size is our choice (an Ethernet-MTU
     * datagram); the paper gives only the rate.
     */
    public static CbrParameters uutVideo192k() {
        return new CbrParameters(192_000, 12_000);
    }

    /**
     * Packets of {@code packetSizeBits} every {@code intervalNs} (e.g. a mesh UDP flow of 512 B every
     * 0.25 s). The implied rate must be a whole number of bit/s, so that the source stays exact.
     *
     * @throws IllegalArgumentException if {@code packetSizeBits · 10⁹ / intervalNs} is not an integer
     */
    public static CbrParameters ofInterval(int packetSizeBits, long intervalNs) {
        if (intervalNs <= 0) {
            throw new IllegalArgumentException("intervalNs must be positive: " + intervalNs);
        }
        long bitNanos = Math.multiplyExact((long) packetSizeBits, 1_000_000_000L);
        if (bitNanos % intervalNs != 0) {
            throw new IllegalArgumentException(packetSizeBits + " bits every " + intervalNs
                    + " ns is not a whole number of bit/s; give the rate instead");
        }
        return new CbrParameters(bitNanos / intervalNs, packetSizeBits);
    }

    /** Nominal interval between packets in ns (the source keeps the exact fractional part). */
    public double packetIntervalNs() {
        return packetSizeBits * 1e9 / rateBps;
    }

    @Override
    public PacketSource newSource(RandomStream stream, long startNs) {
        return new CbrSource(this, startNs);
    }
}
