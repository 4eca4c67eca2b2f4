package carma.mesh.link;

import carma.mesh.node.NodeRole;
import carma.mesh.node.NodeSpec;
import java.util.Arrays;
import java.util.List;

/**
 * Which public AP each CARMNET node is associated with, decided by a signal threshold with
 * hysteresis: a node associates with the strongest AP heard at or above {@code associateDbm} and
 * leaves it when its signal falls below {@code leaveDbm} (the handover trigger "signal below a
 * threshold" of seed section VII-B).
 */
public final class Association {
    private final List<NodeSpec> nodes;
    private final LinkBudget budget;
    private final double associateDbm;
    private final double leaveDbm;
    private final int[] ap;

    public Association(List<NodeSpec> nodes, LinkBudget budget, double associateDbm, double leaveDbm) {
        if (leaveDbm > associateDbm) {
            throw new IllegalArgumentException("leave threshold " + leaveDbm + " dBm above association threshold "
                    + associateDbm + " dBm");
        }
        this.nodes = List.copyOf(nodes);
        this.budget = budget;
        this.associateDbm = associateDbm;
        this.leaveDbm = leaveDbm;
        this.ap = new int[nodes.size()];
        Arrays.fill(ap, -1);
        update();
    }

    /** Re-evaluates every node; returns true if any association changed. */
    public boolean update() {
        boolean changed = false;
        for (NodeSpec n : nodes) {
            if (n.role() != NodeRole.CARMNET || !n.usesPublicWifi()) {
                continue;
            }
            int i = n.id().index();
            int current = ap[i];
            if (current >= 0 && budget.rxPowerDbm(current, i) >= leaveDbm) {
                continue;
            }
            int best = -1;
            double bestDbm = associateDbm;
            for (NodeSpec a : nodes) {
                if (a.role() == NodeRole.PUBLIC_AP && budget.rxPowerDbm(a.id().index(), i) >= bestDbm) {
                    best = a.id().index();
                    bestDbm = budget.rxPowerDbm(best, i);
                }
            }
            if (best != current) {
                ap[i] = best;
                changed = true;
            }
        }
        return changed;
    }

    /** The AP {@code node} is associated with, or -1. */
    public int apOf(int node) {
        return ap[node];
    }

    /** True if {@code node} reaches the Internet directly through an AP. */
    public boolean associated(int node) {
        return ap[node] >= 0;
    }
}
