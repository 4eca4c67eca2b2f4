package carma.corenet.diffserv;

import carma.kernel.random.RandomStream;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Weighted RED for one AF queue: one exponentially weighted average of the queue length (weight
 * w_q) shared by all drop precedences, one {@link RedCurve} per precedence. Per arrival (Floyd and
 * Jacobson 1993, §11): avg ← (1−w_q)·avg + w_q·q, or after an idle period of m packet times
 * avg ← (1−w_q)^m·avg; between the thresholds the drop probability is p_a = p_b/(1 − count·p_b), where
 * count is the number of packets enqueued since the last drop, which spreads drops evenly.
 */
public final class Wred implements QueueManagement {
    private final Map<DropPrecedence, RedCurve> curves;
    private final double weight;
    private final long packetTimeNs;
    private final RandomStream random;
    private double avgPackets;
    private int count = -1;
    private long idleSinceNs = -1;

    /**
     * @param weight w_q (Cisco exponential weight 9: 2⁻⁹)
     * @param packetTimeNs the transmission time of a typical packet, which converts idle time to m
     */
    public Wred(Map<DropPrecedence, RedCurve> curves, double weight, long packetTimeNs, RandomStream random) {
        EnumMap<DropPrecedence, RedCurve> copy = new EnumMap<>(DropPrecedence.class);
        copy.putAll(curves);
        for (DropPrecedence d : DropPrecedence.values()) {
            Objects.requireNonNull(copy.get(d), () -> "no RED curve for precedence " + d);
        }
        if (!(weight > 0 && weight <= 1)) {
            throw new IllegalArgumentException("RED weight must be in (0, 1], got " + weight);
        }
        if (packetTimeNs <= 0) {
            throw new IllegalArgumentException("packet time must be positive");
        }
        this.curves = copy;
        this.weight = weight;
        this.packetTimeNs = packetTimeNs;
        this.random = Objects.requireNonNull(random, "random");
    }

    @Override
    public boolean dropOnArrival(int queuePackets, DropPrecedence precedence, long nowNs) {
        if (queuePackets == 0 && idleSinceNs >= 0) {
            double m = (double) (nowNs - idleSinceNs) / packetTimeNs;
            avgPackets *= Math.pow(1 - weight, m);
        }
        idleSinceNs = -1;
        avgPackets += weight * (queuePackets - avgPackets);
        double pb = curves.get(precedence).baseProbability(avgPackets);
        if (pb == 0) {
            count = -1;
            return false;
        }
        if (pb >= 1) {
            count = 0;
            return true;
        }
        count++;
        double denominator = 1 - count * pb;
        double pa = denominator <= 0 ? 1 : pb / denominator;
        if (random.nextDouble() < pa) {
            count = 0;
            return true;
        }
        return false;
    }

    @Override
    public void onIdle(long nowNs) {
        idleSinceNs = nowNs;
    }

    /** The current average queue length, in packets. */
    public double averagePackets() {
        return avgPackets;
    }
}
