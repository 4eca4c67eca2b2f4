package carma.corenet.diffserv;

/**
 * One RED drop curve (Floyd and Jacobson 1993): no early drop below {@code minThPackets} of average
 * queue, a drop probability rising linearly to {@code maxDropProbability} at {@code maxThPackets},
 * every arrival dropped at or above it.
 */
public record RedCurve(double minThPackets, double maxThPackets, double maxDropProbability) {
    public RedCurve {
        if (!(minThPackets >= 0 && maxThPackets > minThPackets)) {
            throw new IllegalArgumentException("RED needs 0 <= minTh < maxTh, got " + minThPackets + ", " + maxThPackets);
        }
        if (!(maxDropProbability > 0 && maxDropProbability <= 1)) {
            throw new IllegalArgumentException("RED max drop probability must be in (0, 1], got " + maxDropProbability);
        }
    }

    /** p_b: the base drop probability at average queue {@code avgPackets} (1 at or above maxTh). */
    public double baseProbability(double avgPackets) {
        if (avgPackets < minThPackets) {
            return 0;
        }
        if (avgPackets >= maxThPackets) {
            return 1;
        }
        return maxDropProbability * (avgPackets - minThPackets) / (maxThPackets - minThPackets);
    }
}
