package carma.corenet.diffserv;

import java.util.EnumMap;
import java.util.Map;

/**
 * Configuration of one class queue at every managed egress port.
 *
 * @param limitPackets physical buffer: arrivals finding this many packets are tail-dropped
 * @param quantumBytes DRR quantum (ignored for the strict-priority class)
 * @param shareOfCapacity s_c: the fraction of C_e admission control may reserve for the class
 * @param redCurves one RED curve per drop precedence (WRED), or empty for tail drop only
 */
public record ClassConfig(int limitPackets, int quantumBytes, double shareOfCapacity,
        Map<DropPrecedence, RedCurve> redCurves) {
    public ClassConfig {
        if (limitPackets < 1) {
            throw new IllegalArgumentException("queue limit must be >= 1 packet, got " + limitPackets);
        }
        if (quantumBytes < 1) {
            throw new IllegalArgumentException("DRR quantum must be >= 1 byte, got " + quantumBytes);
        }
        if (!(shareOfCapacity >= 0 && shareOfCapacity <= 1)) {
            throw new IllegalArgumentException("share of capacity must be in [0, 1], got " + shareOfCapacity);
        }
        EnumMap<DropPrecedence, RedCurve> copy = new EnumMap<>(DropPrecedence.class);
        copy.putAll(redCurves);
        if (!copy.isEmpty() && copy.size() != DropPrecedence.values().length) {
            throw new IllegalArgumentException("WRED needs a curve for every drop precedence, got " + copy.keySet());
        }
        redCurves = Map.copyOf(copy);
    }

    public static ClassConfig tailDrop(int limitPackets, int quantumBytes, double share) {
        return new ClassConfig(limitPackets, quantumBytes, share, Map.of());
    }

    /** WRED with one curve per precedence (low, medium, high). */
    public static ClassConfig wred(int limitPackets, int quantumBytes, double share, RedCurve low, RedCurve medium,
            RedCurve high) {
        return new ClassConfig(limitPackets, quantumBytes, share,
                Map.of(DropPrecedence.LOW, low, DropPrecedence.MEDIUM, medium, DropPrecedence.HIGH, high));
    }

    public boolean usesRed() {
        return !redCurves.isEmpty();
    }
}
