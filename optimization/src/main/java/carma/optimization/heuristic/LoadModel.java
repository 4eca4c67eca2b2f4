package carma.optimization.heuristic;

import carma.optimization.fairness.Resources;
import carma.optimization.fairness.RouteLoads;
import carma.optimization.instance.IndexedInstance;
import carma.optimization.routing.ForwardingTree;

/**
 * Normalised resource loads when every user sends 1 bit/s: L_R = Σ_u coef_{u,R}. For a fixed
 * association and routing, the max-min rate (the first level of progressive filling, equal to the
 * LP optimum t) is 1 / max_R L_R, so the local search minimises the largest load. Mutable working
 * state of one heuristic run; not shared.
 */
final class LoadModel {
    private final IndexedInstance net;
    private final int[] mapOfUser;
    private final double[] load;
    private final double[] delta;
    private final int[] touched;
    private final int[][] members;
    private final int[] memberCount;
    private final int[] position;
    private ForwardingTree tree;
    private RouteLoads routes;

    LoadModel(IndexedInstance net, ForwardingTree tree, int[] mapOfUser) {
        this.net = net;
        this.mapOfUser = mapOfUser.clone();
        this.members = new int[net.mapCount()][4];
        this.memberCount = new int[net.mapCount()];
        this.position = new int[mapOfUser.length];
        for (int u = 0; u < mapOfUser.length; u++) {
            addMember(u, mapOfUser[u]);
        }
        this.load = new double[Resources.count(net)];
        this.delta = new double[load.length];
        this.touched = new int[load.length];
        setTree(tree);
    }

    /** An independent copy (for trial moves). */
    LoadModel copy() {
        return new LoadModel(net, tree, mapOfUser);
    }

    void setTree(ForwardingTree newTree) {
        tree = newTree;
        routes = new RouteLoads(net, newTree);
        java.util.Arrays.fill(load, 0);
        for (int u = 0; u < mapOfUser.length; u++) {
            apply(u, mapOfUser[u], 1.0);
        }
    }

    private void apply(int u, int m, double sign) {
        load[Resources.access(net, m)] += sign * accessCoef(u, m);
        int[] res = routes.resources(m);
        double[] coef = routes.coefficients(m);
        for (int k = 0; k < res.length; k++) {
            load[res[k]] += sign * coef[k];
        }
    }

    double accessCoef(int u, int m) {
        return Resources.accessCoefficient(net, net.accessRateBps(u, m));
    }

    ForwardingTree tree() {
        return tree;
    }

    RouteLoads routes() {
        return routes;
    }

    int[] association() {
        return mapOfUser.clone();
    }

    int mapOf(int u) {
        return mapOfUser[u];
    }

    double load(int r) {
        return load[r];
    }

    int resourceCount() {
        return load.length;
    }

    /** The most loaded resource (lowest index on ties). */
    int bottleneck() {
        int best = 0;
        for (int r = 1; r < load.length; r++) {
            if (load[r] > load[best]) {
                best = r;
            }
        }
        return best;
    }

    /** True when a user at MAP m loads resource r. */
    boolean uses(int m, int r) {
        if (r == Resources.access(net, m)) {
            return true;
        }
        for (int x : routes.resources(m)) {
            if (x == r) {
                return true;
            }
        }
        return false;
    }

    /**
     * The largest load over the backhaul resources (domains, gateways) that moving one bit/s of
     * traffic from MAP {@code from} to MAP {@code to} touches, after the move; -infinity when it
     * touches none. The same for every user of {@code from}, so callers cache it per MAP pair.
     */
    double routeShiftMax(int from, int to) {
        int count = 0;
        count = addRoute(from, -1.0, count);
        count = addRoute(to, 1.0, count);
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < count; k++) {
            int r = touched[k];
            max = Math.max(max, load[r] + delta[r]);
            delta[r] = 0;
        }
        return max;
    }

    /** Largest load over the resources the move touches, given {@link #routeShiftMax} of its MAP pair. */
    double moveScore(int u, int target, double routeShiftMax) {
        int from = mapOfUser[u];
        double max = Math.max(routeShiftMax, load[Resources.access(net, from)] - accessCoef(u, from));
        return Math.max(max, load[Resources.access(net, target)] + accessCoef(u, target));
    }

    /**
     * For moving user u to MAP target: writes the largest load over the touched resources after the
     * move into {@code out[0]} and the change of Σ_R L_R² into {@code out[1]}.
     */
    void evaluateBalance(int u, int target, double[] out) {
        int from = mapOfUser[u];
        int count = addRoute(from, -1.0, 0);
        count = addRoute(target, 1.0, count);
        count = touch(Resources.access(net, from), -accessCoef(u, from), count);
        count = touch(Resources.access(net, target), accessCoef(u, target), count);
        double max = Double.NEGATIVE_INFINITY;
        double squares = 0;
        for (int k = 0; k < count; k++) {
            int r = touched[k];
            double after = load[r] + delta[r];
            max = Math.max(max, after);
            squares += after * after - load[r] * load[r];
            delta[r] = 0;
        }
        out[0] = max;
        out[1] = squares;
    }

    private int addRoute(int m, double sign, int count) {
        int[] res = routes.resources(m);
        double[] coef = routes.coefficients(m);
        for (int k = 0; k < res.length; k++) {
            count = touch(res[k], sign * coef[k], count);
        }
        return count;
    }

    private int touch(int r, double value, int count) {
        if (delta[r] == 0) {
            touched[count++] = r;
        }
        delta[r] += value;
        if (delta[r] == 0) {
            delta[r] = Double.MIN_VALUE;
        }
        return count;
    }

    void move(int u, int target) {
        apply(u, mapOfUser[u], -1.0);
        removeMember(u, mapOfUser[u]);
        mapOfUser[u] = target;
        addMember(u, target);
        apply(u, target, 1.0);
    }

    private void addMember(int u, int m) {
        if (memberCount[m] == members[m].length) {
            members[m] = java.util.Arrays.copyOf(members[m], 2 * members[m].length);
        }
        position[u] = memberCount[m];
        members[m][memberCount[m]++] = u;
    }

    private void removeMember(int u, int m) {
        int last = members[m][--memberCount[m]];
        members[m][position[u]] = last;
        position[last] = position[u];
    }

    /** Number of users at MAP m. */
    int memberCount(int m) {
        return memberCount[m];
    }

    /** The k-th user at MAP m (order changes as users move). */
    int member(int m, int k) {
        return members[m][k];
    }

    /** For each MAP, whether its users load resource r. */
    boolean[] mapsUsing(int r) {
        boolean[] using = new boolean[net.mapCount()];
        for (int m = 0; m < using.length; m++) {
            using[m] = routes.isRouted(m) && uses(m, r);
        }
        return using;
    }

    /**
     * The largest load, over the resources it touches, if MAP m were re-routed over link e; the
     * traffic of {@code flowUsers} users (those at m and behind it) moves from m's old route to e
     * followed by the route of e's head.
     */
    double evaluateReroute(int m, int e, int flowUsers) {
        int count = 0;
        int[] res = routes.resources(m);
        double[] coef = routes.coefficients(m);
        for (int k = 0; k < res.length; k++) {
            count = touch(res[k], -flowUsers * coef[k], count);
        }
        double perBit = flowUsers / (net.linkRateBps(e) * net.airtimeCapacity());
        for (int owner : net.domainsContaining(e)) {
            count = touch(Resources.domain(net, owner), perBit, count);
        }
        int head = net.linkTo(e);
        res = routes.resources(head);
        coef = routes.coefficients(head);
        for (int k = 0; k < res.length; k++) {
            count = touch(res[k], flowUsers * coef[k], count);
        }
        double max = 0;
        for (int k = 0; k < count; k++) {
            int r = touched[k];
            max = Math.max(max, load[r] + delta[r]);
            delta[r] = 0;
        }
        return max;
    }

    /** Number of users whose traffic crosses each MAP (at it or behind it in the tree). */
    int[] flowUsers() {
        int[] atMap = usersPerMap();
        int[] flow = new int[net.mapCount()];
        for (int m = 0; m < net.mapCount(); m++) {
            int x = m;
            for (int hops = 0; atMap[m] > 0 && x >= 0 && hops <= net.mapCount(); hops++) {
                flow[x] += atMap[m];
                x = net.isGateway(x) || tree.nextLink(x) < 0 ? -1 : net.linkTo(tree.nextLink(x));
            }
        }
        return flow;
    }

    int[] usersPerMap() {
        return memberCount.clone();
    }

    /** max_R L_R. */
    double maxLoad() {
        return load[bottleneck()];
    }
}
