package carma.olsr.logic;

import carma.olsr.NodeAddress;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Input of MPR selection: the symmetric 1-hop neighbours with their willingness and link cost from
 * this node, and the 2-hop links (neighbour → 2-hop neighbour) with their cost. The 2-hop links must
 * not contain this node as 2-hop neighbour. Costs are ETX in link-quality mode and 1 otherwise.
 */
public record MprProblem(SortedMap<NodeAddress, Integer> neighborWillingness,
                         SortedMap<NodeAddress, Double> neighborCost,
                         List<TwoHopLink> twoHopLinks) {

    /** A link from symmetric neighbour {@code neighbor} to {@code twoHop} with its cost. */
    public record TwoHopLink(NodeAddress neighbor, NodeAddress twoHop, double cost) {
    }

    public MprProblem {
        neighborWillingness = Collections.unmodifiableSortedMap(new TreeMap<>(neighborWillingness));
        neighborCost = Collections.unmodifiableSortedMap(new TreeMap<>(neighborCost));
        twoHopLinks = List.copyOf(twoHopLinks);
    }

    /** Willingness of a neighbour, NEVER if it is not a symmetric neighbour. */
    public int willingness(NodeAddress neighbor) {
        return neighborWillingness.getOrDefault(neighbor, Willingness.NEVER);
    }

    /**
     * The strict 2-hop neighbourhood N2 of RFC 3626 §8.3.1: 2-hop nodes reachable through a
     * symmetric neighbour whose willingness is not NEVER, excluding the 1-hop neighbours.
     */
    public SortedSet<NodeAddress> strictTwoHop() {
        TreeSet<NodeAddress> n2 = new TreeSet<>();
        for (TwoHopLink l : twoHopLinks) {
            if (willingness(l.neighbor()) != Willingness.NEVER && !neighborWillingness.containsKey(l.twoHop())) {
                n2.add(l.twoHop());
            }
        }
        return n2;
    }
}
