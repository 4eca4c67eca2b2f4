package carma.traffic.source;

import carma.kernel.random.RandomStream;
import carma.traffic.PacketSource;
import carma.traffic.distribution.Geometric;
import carma.traffic.distribution.TruncatedPareto;

/**
 * UMTS 30.03 (ETSI TR 101 112) WWW packet-service session, as AROMA paper §5.2.5 uses it: a
 * geometric number of packet calls; exponential reading times between them; in each packet call
 * a geometric number of datagrams with exponential inter-arrival times and Pareto-with-cut-off
 * sizes.
 *
 * @param packetCalls number of packet calls per session (geometric; infinite mean = until the
 *     session process ends the session)
 * @param meanReadingTimeS mean reading time between packet calls, s
 * @param datagramsPerPacketCall number of datagrams per packet call (geometric)
 * @param meanDatagramIntervalS mean time between datagrams within a packet call, s
 * @param datagramSizeBytes datagram size distribution, bytes
 */
public record WebBrowsingParameters(
        Geometric packetCalls,
        double meanReadingTimeS,
        Geometric datagramsPerPacketCall,
        double meanDatagramIntervalS,
        TruncatedPareto datagramSizeBytes) implements SourceParameters {

    public WebBrowsingParameters {
        if (packetCalls == null || datagramsPerPacketCall == null || datagramSizeBytes == null) {
            throw new IllegalArgumentException("web browsing distributions must be given");
        }
        if (!(meanReadingTimeS > 0) || !(meanDatagramIntervalS > 0)
                || !Double.isFinite(meanReadingTimeS + meanDatagramIntervalS)) {
            throw new IllegalArgumentException("mean reading time and datagram interval must be positive: "
                    + meanReadingTimeS + " s, " + meanDatagramIntervalS + " s");
        }
        if (datagramsPerPacketCall.mean() == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("datagrams per packet call must have a finite mean");
        }
    }

    /**
     * The 30.03 values (5 packet calls, 412 s reading time, 25 datagrams, α = 1.1, k = 81.5 B, m
     * = 66666 B) with the datagram interval of a given bearer, e.g. 0.125 s for 32 kbit/s.
     */
    public static WebBrowsingParameters umts3003(double meanDatagramIntervalS) {
        return new WebBrowsingParameters(new Geometric(5), 412.0, new Geometric(25), meanDatagramIntervalS,
                TruncatedPareto.umts3003DatagramBytes());
    }

    /**
     * The 30.03 values with the datagram interval adjusted to a mean source rate within packet
     * calls (AROMA: "D_d is adjusted to obtain different average bit rates given the mean datagram
     * size"): {@code D_d = 8·μ / rate}.
     */
    public static WebBrowsingParameters umts3003ForPacketCallRate(double rateBps) {
        if (!(rateBps > 0)) {
            throw new IllegalArgumentException("rateBps must be positive: " + rateBps);
        }
        return umts3003(8 * TruncatedPareto.umts3003DatagramBytes().mean() / rateBps);
    }

    /** Mean data volume of a session, bytes: {@code E[N_pc]·E[N_d]·E[size]} (Wald). */
    public double meanSessionVolumeBytes() {
        return packetCalls.mean() * datagramsPerPacketCall.mean() * datagramSizeBytes.mean();
    }

    /** Mean session duration, s: {@code E[N_pc]·(E[N_d] − 1)·D_d + (E[N_pc] − 1)·D_pc}. */
    public double meanSessionDurationS() {
        return packetCalls.mean() * (datagramsPerPacketCall.mean() - 1) * meanDatagramIntervalS
                + (packetCalls.mean() - 1) * meanReadingTimeS;
    }

    @Override
    public PacketSource newSource(RandomStream stream, long startNs) {
        return new WebBrowsingSource(this, stream, startNs);
    }
}
