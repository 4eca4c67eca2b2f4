package carma.optimization.fairness;

import carma.optimization.instance.IndexedInstance;
import carma.optimization.routing.ForwardingTree;
import carma.optimization.solution.Allocation;

/** Link and gateway flows implied by user rates sent along a forwarding tree. */
public final class TreeFlows {
    private TreeFlows() {}

    public static Allocation allocation(IndexedInstance net, int[] mapOfUser, ForwardingTree tree, double[] rateBps) {
        double[] atMap = new double[net.mapCount()];
        for (int u = 0; u < mapOfUser.length; u++) {
            atMap[mapOfUser[u]] += rateBps[u];
        }
        double[] linkFlow = new double[net.linkCount()];
        double[] gatewayFlow = new double[net.mapCount()];
        for (int m = 0; m < net.mapCount(); m++) {
            if (atMap[m] == 0) {
                continue;
            }
            for (int e : tree.path(net, m)) {
                linkFlow[e] += atMap[m];
            }
            gatewayFlow[tree.gatewayOf(net, m)] += atMap[m];
        }
        return new Allocation(mapOfUser.clone(), rateBps.clone(), linkFlow, gatewayFlow);
    }
}
