package carma.optimization.fairness;

import carma.optimization.instance.IndexedInstance;
import java.util.ArrayList;
import java.util.List;

/**
 * Progressive filling (water-filling, Bertsekas &amp; Gallager) for a fixed association and fixed
 * single-path routes: raise the rates of all unfrozen users together until a resource saturates,
 * freeze the users of that resource, repeat. The result is the lexicographically max-min fair
 * allocation of the linear constraints (4), (6), (7) with (5) fixed by the routes; its minimum is
 * the LP optimum t for that configuration.
 */
public final class ProgressiveFilling {
    private static final double SATURATION_TOL = 1e-12;

    private ProgressiveFilling() {}

    /**
     * @param mapOfUser the MAP of each user (must be in range and routed)
     * @param routes the route loads of the forwarding tree in use
     */
    public static FillingResult fill(IndexedInstance net, int[] mapOfUser, RouteLoads routes) {
        int resourceCount = Resources.count(net);
        double[] frozenLoad = new double[resourceCount];
        double[] slope = new double[resourceCount];
        int[] activeUsers = new int[resourceCount];
        List<List<Integer>> usersAt = usersPerMap(net, mapOfUser, routes);
        double[] accessCoef = new double[mapOfUser.length];
        for (int u = 0; u < mapOfUser.length; u++) {
            int m = mapOfUser[u];
            accessCoef[u] = Resources.accessCoefficient(net, net.accessRateBps(u, m));
            slope[m] += accessCoef[u];
            activeUsers[m]++;
            addRoute(routes, m, slope, activeUsers, 1.0, 1);
        }
        double[] rate = new double[mapOfUser.length];
        boolean[] frozen = new boolean[mapOfUser.length];
        int remaining = mapOfUser.length;
        int first = -1;
        double level = 0;
        while (remaining > 0) {
            int saturated = nextSaturated(frozenLoad, slope, activeUsers);
            level = Math.max(level, (1.0 - frozenLoad[saturated]) / slope[saturated]);
            if (first < 0) {
                first = saturated;
            }
            for (int u : usersOf(net, saturated, usersAt, routes)) {
                if (!frozen[u]) {
                    frozen[u] = true;
                    remaining--;
                    rate[u] = level;
                    int m = mapOfUser[u];
                    frozenLoad[m] += level * accessCoef[u];
                    slope[m] -= accessCoef[u];
                    activeUsers[m]--;
                    addRoute(routes, m, slope, activeUsers, -1.0, -1);
                    addRoute(routes, m, frozenLoad, null, level, 0);
                }
            }
        }
        return new FillingResult(rate, first);
    }

    /** The resource that saturates first when all unfrozen rates rise together (lowest index on ties). */
    private static int nextSaturated(double[] frozenLoad, double[] slope, int[] activeUsers) {
        int saturated = -1;
        double next = Double.POSITIVE_INFINITY;
        for (int r = 0; r < slope.length; r++) {
            if (activeUsers[r] > 0 && slope[r] > 0) {
                double t = (1.0 - frozenLoad[r]) / slope[r];
                if (saturated < 0 || t < next - SATURATION_TOL * Math.abs(next)) {
                    next = t;
                    saturated = r;
                }
            }
        }
        return saturated;
    }

    private static void addRoute(RouteLoads routes, int m, double[] target, int[] counts, double factor,
            int countDelta) {
        int[] res = routes.resources(m);
        double[] coef = routes.coefficients(m);
        for (int k = 0; k < res.length; k++) {
            target[res[k]] += factor * coef[k];
            if (counts != null) {
                counts[res[k]] += countDelta;
            }
        }
    }

    private static List<List<Integer>> usersPerMap(IndexedInstance net, int[] mapOfUser, RouteLoads routes) {
        List<List<Integer>> usersAt = new ArrayList<>();
        for (int m = 0; m < net.mapCount(); m++) {
            usersAt.add(new ArrayList<>());
        }
        for (int u = 0; u < mapOfUser.length; u++) {
            int m = mapOfUser[u];
            if (net.accessRateBps(u, m) <= 0 || !routes.isRouted(m)) {
                throw new IllegalArgumentException("user " + net.userId(u) + " is associated with MAP "
                        + net.mapId(m) + ", which is not in range or has no route to a gateway");
            }
            usersAt.get(m).add(u);
        }
        return usersAt;
    }

    private static List<Integer> usersOf(IndexedInstance net, int resource, List<List<Integer>> usersAt,
            RouteLoads routes) {
        if (resource < net.mapCount()) {
            return usersAt.get(resource);
        }
        List<Integer> users = new ArrayList<>();
        for (int m = 0; m < net.mapCount(); m++) {
            if (!usersAt.get(m).isEmpty()) {
                for (int r : routes.resources(m)) {
                    if (r == resource) {
                        users.addAll(usersAt.get(m));
                        break;
                    }
                }
            }
        }
        return users;
    }
}
