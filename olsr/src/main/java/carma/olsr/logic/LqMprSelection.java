package carma.olsr.logic;

import carma.olsr.NodeAddress;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * olsrd's link-quality MPR selection ({@code src/lq_mpr.c}): for every 2-hop neighbour z, the up to
 * {@code mprCoverage} 1-hop neighbours y with the lowest path cost {@code cost(self→y) + cost(y→z)}
 * become MPRs, but only while that 2-hop path is cheaper than a direct symmetric link to z. WILL_ALWAYS
 * neighbours are always MPRs. Neighbours with willingness NEVER are never chosen (RFC 3626 §8.3.1).
 * Ties in cost go to the lowest address.
 */
public final class LqMprSelection implements MprSelection {

    private final int mprCoverage;

    public LqMprSelection(int mprCoverage) {
        if (mprCoverage < 1) {
            throw new IllegalArgumentException("MPR coverage must be at least 1: " + mprCoverage);
        }
        this.mprCoverage = mprCoverage;
    }

    @Override
    public SortedSet<NodeAddress> select(MprProblem p) {
        TreeSet<NodeAddress> mpr = new TreeSet<>();
        p.neighborWillingness().forEach((y, w) -> {
            if (w == Willingness.ALWAYS) {
                mpr.add(y);
            }
        });
        for (Map.Entry<NodeAddress, List<Candidate>> e : candidatesByTwoHop(p).entrySet()) {
            double direct = p.neighborCost().getOrDefault(e.getKey(), Double.POSITIVE_INFINITY);
            List<Candidate> sorted = e.getValue();
            sorted.sort(Comparator.comparingDouble(Candidate::pathCost).thenComparing(Candidate::neighbor));
            for (int k = 0; k < Math.min(mprCoverage, sorted.size()); k++) {
                Candidate c = sorted.get(k);
                if (!(c.pathCost() < direct)) {
                    break;
                }
                mpr.add(c.neighbor());
            }
        }
        return mpr;
    }

    private record Candidate(NodeAddress neighbor, double pathCost) {
    }

    private static Map<NodeAddress, List<Candidate>> candidatesByTwoHop(MprProblem p) {
        Map<NodeAddress, List<Candidate>> out = new TreeMap<>();
        for (MprProblem.TwoHopLink l : p.twoHopLinks()) {
            if (p.willingness(l.neighbor()) == Willingness.NEVER) {
                continue;
            }
            double cost = p.neighborCost().getOrDefault(l.neighbor(), Double.POSITIVE_INFINITY) + l.cost();
            if (Double.isFinite(cost)) {
                out.computeIfAbsent(l.twoHop(), k -> new ArrayList<>()).add(new Candidate(l.neighbor(), cost));
            }
        }
        return out;
    }
}
