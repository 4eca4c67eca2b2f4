package carma.olsr.logic;

import carma.olsr.NodeAddress;
import carma.olsr.state.InformationBases;
import carma.olsr.state.LinkTuple;
import carma.olsr.state.TwoHopSet;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/** Builds the {@link MprProblem} of a node from its information bases. */
public final class MprProblems {

    private MprProblems() {
    }

    public static MprProblem of(InformationBases b, boolean linkQuality, long nowNs) {
        SortedMap<NodeAddress, Integer> will = b.neighbors().symmetricWillingness();
        TreeMap<NodeAddress, Double> cost = new TreeMap<>();
        for (LinkTuple l : b.links().all()) {
            if (l.isSymmetric(nowNs)) {
                NodeAddress main = b.mid().mainAddress(l.neighborInterface());
                cost.merge(main, RouteComputation.linkCost(l, linkQuality), Math::min);
            }
        }
        List<MprProblem.TwoHopLink> links = new ArrayList<>();
        for (TwoHopSet.TwoHopTuple t : b.twoHop().all()) {
            if (will.containsKey(t.neighbor()) && !t.twoHop().equals(b.self())) {
                links.add(new MprProblem.TwoHopLink(t.neighbor(), t.twoHop(), t.cost()));
            }
        }
        return new MprProblem(will, cost, links);
    }
}
