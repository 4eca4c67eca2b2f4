package carma.optimization.fairness;

import carma.optimization.instance.IndexedInstance;
import carma.optimization.routing.ForwardingTree;
import java.util.ArrayList;
import java.util.List;

/**
 * For each MAP m, the normalised load that one bit/s entering at m puts on each backhaul resource
 * along its route: Σ_{e∈P(m)∩I(e')} 1/c_e / (1 − ε) on domain I(e'), 1/C_g on its gateway g.
 * Sparse: {@code resources(m)[k]} gets {@code coefficients(m)[k]}. Unrouted MAPs have none and are
 * marked by {@link #isRouted(int)}.
 */
public final class RouteLoads {
    private final int[][] resources;
    private final double[][] coefficients;
    private final boolean[] routed;

    public RouteLoads(IndexedInstance net, ForwardingTree tree) {
        int n = net.mapCount();
        resources = new int[n][];
        coefficients = new double[n][];
        routed = new boolean[n];
        double[] scratch = new double[Resources.count(net)];
        for (int m = 0; m < n; m++) {
            int g = tree.gatewayOf(net, m);
            routed[m] = g >= 0;
            if (!routed[m]) {
                resources[m] = new int[0];
                coefficients[m] = new double[0];
                continue;
            }
            compute(net, tree, m, g, scratch);
        }
    }

    private void compute(IndexedInstance net, ForwardingTree tree, int m, int g, double[] scratch) {
        List<Integer> touched = new ArrayList<>();
        for (int e : tree.path(net, m)) {
            double perBit = 1.0 / (net.linkRateBps(e) * net.airtimeCapacity());
            for (int owner : net.domainsContaining(e)) {
                int r = Resources.domain(net, owner);
                if (scratch[r] == 0) {
                    touched.add(r);
                }
                scratch[r] += perBit;
            }
        }
        touched.sort(null);
        resources[m] = new int[touched.size() + 1];
        coefficients[m] = new double[touched.size() + 1];
        for (int k = 0; k < touched.size(); k++) {
            resources[m][k] = touched.get(k);
            coefficients[m][k] = scratch[touched.get(k)];
            scratch[touched.get(k)] = 0;
        }
        resources[m][touched.size()] = Resources.gateway(net, g);
        coefficients[m][touched.size()] = 1.0 / net.uplinkBps(g);
    }

    public boolean isRouted(int m) {
        return routed[m];
    }

    public int[] resources(int m) {
        return resources[m];
    }

    public double[] coefficients(int m) {
        return coefficients[m];
    }
}
