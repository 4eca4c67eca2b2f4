package carma.olsr.logic;

import carma.olsr.NodeAddress;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The MPR heuristic of RFC 3626 §8.3.1 (steps 1-4; the optional redundancy pruning of step 5 is not
 * applied). Remaining ties after willingness, reachability and degree go to the lowest address.
 */
public final class Rfc3626MprSelection implements MprSelection {

    @Override
    public SortedSet<NodeAddress> select(MprProblem p) {
        Map<NodeAddress, SortedSet<NodeAddress>> covers = coverage(p);
        SortedSet<NodeAddress> n2 = p.strictTwoHop();
        TreeSet<NodeAddress> mpr = new TreeSet<>();
        p.neighborWillingness().forEach((y, w) -> {
            if (w == Willingness.ALWAYS) {
                mpr.add(y);
            }
        });
        TreeSet<NodeAddress> uncovered = new TreeSet<>(n2);
        mpr.forEach(y -> uncovered.removeAll(covers.getOrDefault(y, new TreeSet<>())));
        // step 3: neighbours that are the only path to some node of N2
        Map<NodeAddress, Integer> providers = new HashMap<>();
        covers.values().forEach(zs -> zs.forEach(z -> providers.merge(z, 1, Integer::sum)));
        for (Map.Entry<NodeAddress, SortedSet<NodeAddress>> e : covers.entrySet()) {
            for (NodeAddress z : e.getValue()) {
                if (providers.get(z) == 1 && uncovered.contains(z)) {
                    mpr.add(e.getKey());
                    uncovered.removeAll(e.getValue());
                    break;
                }
            }
        }
        // step 4: greedy by willingness, reachability, degree
        while (!uncovered.isEmpty()) {
            NodeAddress best = pickBest(p, covers, mpr, uncovered);
            mpr.add(best);
            uncovered.removeAll(covers.get(best));
        }
        return mpr;
    }

    /** N2 nodes covered by each eligible neighbour (willingness not NEVER). */
    private static Map<NodeAddress, SortedSet<NodeAddress>> coverage(MprProblem p) {
        SortedSet<NodeAddress> n2 = p.strictTwoHop();
        Map<NodeAddress, SortedSet<NodeAddress>> covers = new TreeMap<>();
        for (MprProblem.TwoHopLink l : p.twoHopLinks()) {
            if (n2.contains(l.twoHop()) && p.willingness(l.neighbor()) != Willingness.NEVER) {
                covers.computeIfAbsent(l.neighbor(), k -> new TreeSet<>()).add(l.twoHop());
            }
        }
        return covers;
    }

    private static NodeAddress pickBest(MprProblem p, Map<NodeAddress, SortedSet<NodeAddress>> covers,
                                        SortedSet<NodeAddress> mpr, SortedSet<NodeAddress> uncovered) {
        NodeAddress best = null;
        int bestW = -1;
        int bestR = 0;
        int bestD = -1;
        for (Map.Entry<NodeAddress, SortedSet<NodeAddress>> e : covers.entrySet()) {
            NodeAddress y = e.getKey();
            if (mpr.contains(y)) {
                continue;
            }
            int r = (int) e.getValue().stream().filter(uncovered::contains).count();
            int w = p.willingness(y);
            int d = e.getValue().size(); // D(y): symmetric neighbours of y outside N and this node
            if (r > 0 && (w > bestW || (w == bestW && (r > bestR || (r == bestR && d > bestD))))) {
                best = y;
                bestW = w;
                bestR = r;
                bestD = d;
            }
        }
        if (best == null) {
            throw new IllegalStateException("uncovered 2-hop neighbours without provider: " + uncovered);
        }
        return best;
    }
}
