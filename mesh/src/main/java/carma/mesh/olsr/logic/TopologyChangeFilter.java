package carma.mesh.olsr.logic;

import carma.mesh.olsr.NodeAddress;
import carma.mesh.olsr.state.InformationBases;
import carma.mesh.olsr.state.TopologySet.EdgeChange;
import java.util.List;
import java.util.SortedMap;

/**
 * Decides whether changed TC edges can change the shortest-path tree at all, so that the full route
 * recalculation can be skipped when they cannot [reconstructed optimisation; the result is
 * identical to recalculating]. The rules are the classic conservative ones for a shortest-path tree:
 * <ul>
 *   <li>an edge u→v that is in the tree (v's parent is u) and changed cost, or disappeared: may change;</li>
 *   <li>an edge u→v that appeared or became cheaper: may change if u is reachable and
 *       dist(u) + cost ≤ dist(v) (equality included, because ties are broken by hops and order);</li>
 *   <li>an edge that is not in the tree and became more expensive or disappeared: cannot change.</li>
 * </ul>
 * With the inverse-edge rule an edge's appearance or disappearance also switches the usability of
 * the reverse topology edge, which is checked the same way.
 */
public final class TopologyChangeFilter {

    private TopologyChangeFilter() {
    }

    public static boolean mayChangeRoutes(InformationBases b, SortedMap<NodeAddress, ShortestPaths.Path> paths,
                                          List<EdgeChange> changes, boolean inverseRule) {
        for (EdgeChange c : changes) {
            if (mayChange(b.self(), paths, c.from(), c.to(), c.oldCost(), c.newCost())) {
                return true;
            }
            boolean existenceChanged = Double.isInfinite(c.oldCost()) != Double.isInfinite(c.newCost());
            if (inverseRule && existenceChanged && b.topology().contains(c.to(), c.from())) {
                double reverse = b.topology().cost(c.to(), c.from());
                boolean appeared = Double.isInfinite(c.oldCost());
                if (mayChange(b.self(), paths, c.to(), c.from(),
                        appeared ? Double.POSITIVE_INFINITY : reverse, appeared ? reverse : Double.POSITIVE_INFINITY)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean mayChange(NodeAddress self, SortedMap<NodeAddress, ShortestPaths.Path> paths,
                                     NodeAddress u, NodeAddress v, double oldCost, double newCost) {
        if (v.equals(self) || Double.compare(oldCost, newCost) == 0) {
            return false;
        }
        ShortestPaths.Path toV = paths.get(v);
        if (toV != null && toV.parent().equals(u)) {
            return true; // a tree edge changed
        }
        if (newCost < oldCost) {
            double distU = u.equals(self) ? 0.0 : paths.containsKey(u) ? paths.get(u).cost() : Double.POSITIVE_INFINITY;
            double distV = toV == null ? Double.POSITIVE_INFINITY : toV.cost();
            return Double.isFinite(distU) && distU + newCost <= distV;
        }
        return false;
    }
}
