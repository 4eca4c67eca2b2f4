package carma.optimization.heuristic;

import carma.optimization.fairness.Resources;
import carma.optimization.fairness.RouteLoads;
import carma.optimization.instance.IndexedInstance;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/** Starting associations for the local search, given the routes. */
final class InitialAssociation {
    private InitialAssociation() {}

    /**
     * End-to-end aware (fair-mesh.md §A.2 step 2): each user takes argmax_m min(r_um, ρ_m), ρ_m the
     * end-to-end path capacity 1 / max_D (load per bit/s on D); ties to the higher access rate.
     */
    static int[] endToEndAware(IndexedInstance net, RouteLoads routes) {
        double[] capacity = new double[net.mapCount()];
        for (int m = 0; m < net.mapCount(); m++) {
            double worst = 0;
            for (double c : routes.coefficients(m)) {
                worst = Math.max(worst, c);
            }
            capacity[m] = routes.isRouted(m) ? 1.0 / worst : -1;
        }
        int[] mapOfUser = new int[net.userCount()];
        for (int u = 0; u < net.userCount(); u++) {
            int[] maps = net.mapsInRange(u);
            double[] rates = net.accessRatesBps(u);
            int best = -1;
            double bestValue = -1;
            for (int k = 0; k < maps.length; k++) {
                if (capacity[maps[k]] < 0) {
                    continue;
                }
                double value = Math.min(rates[k] * net.airtimeCapacity(), capacity[maps[k]]);
                if (best < 0 || value > bestValue || (value == bestValue && rates[k] > rates[best])) {
                    best = k;
                    bestValue = value;
                }
            }
            mapOfUser[u] = maps[best];
        }
        return mapOfUser;
    }

    /**
     * Greedy load-aware: users with the fewest routed MAPs in range first, each to the MAP that keeps
     * the largest load over the resources it touches smallest.
     */
    static int[] greedyLoadAware(IndexedInstance net, RouteLoads routes) {
        double[] load = new double[Resources.count(net)];
        int[] options = new int[net.userCount()];
        for (int u = 0; u < net.userCount(); u++) {
            for (int m : net.mapsInRange(u)) {
                options[u] += routes.isRouted(m) ? 1 : 0;
            }
        }
        Integer[] order = IntStream.range(0, net.userCount()).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.<Integer>comparingInt(u -> options[u]).thenComparingInt(u -> u));
        int[] mapOfUser = new int[net.userCount()];
        for (int u : order) {
            int[] maps = net.mapsInRange(u);
            double[] rates = net.accessRatesBps(u);
            int best = -1;
            double bestValue = Double.POSITIVE_INFINITY;
            for (int k = 0; k < maps.length; k++) {
                if (!routes.isRouted(maps[k])) {
                    continue;
                }
                double value = load[maps[k]] + Resources.accessCoefficient(net, rates[k]);
                int[] res = routes.resources(maps[k]);
                double[] coef = routes.coefficients(maps[k]);
                for (int i = 0; i < res.length; i++) {
                    value = Math.max(value, load[res[i]] + coef[i]);
                }
                if (value < bestValue) {
                    bestValue = value;
                    best = k;
                }
            }
            int m = maps[best];
            mapOfUser[u] = m;
            load[m] += Resources.accessCoefficient(net, rates[best]);
            int[] res = routes.resources(m);
            double[] coef = routes.coefficients(m);
            for (int i = 0; i < res.length; i++) {
                load[res[i]] += coef[i];
            }
        }
        return mapOfUser;
    }
}
