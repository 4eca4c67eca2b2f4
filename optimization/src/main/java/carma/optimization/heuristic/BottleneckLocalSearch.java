package carma.optimization.heuristic;

import carma.optimization.instance.MeshNetwork;
import carma.optimization.routing.ForwardingTree;

/**
 * Local search on the bottleneck (fair-mesh.md §A.2 step 4): while the most loaded resource can be
 * relieved, either move one of its users to another MAP in range, or re-route one MAP whose route
 * crosses it onto another neighbour (no cycles). Each step takes the best strictly improving move;
 * a move is accepted only if every resource it touches ends below the current maximum load.
 */
final class BottleneckLocalSearch {
    private static final double IMPROVEMENT = 1e-9;

    private BottleneckLocalSearch() {}

    static void improve(MeshNetwork net, LoadModel model, int maxIterations) {
        for (int iteration = 0; iteration < maxIterations; iteration++) {
            int bottleneck = model.bottleneck();
            double maxLoad = model.load(bottleneck);
            if (!moveUser(net, model, bottleneck, maxLoad) && !reroute(net, model, bottleneck, maxLoad)) {
                return;
            }
        }
    }

    private static boolean moveUser(MeshNetwork net, LoadModel model, int bottleneck, double maxLoad) {
        boolean[] onBottleneck = new boolean[net.mapCount()];
        for (int m = 0; m < net.mapCount(); m++) {
            onBottleneck[m] = model.routes().isRouted(m) && model.uses(m, bottleneck);
        }
        double[] watched = new double[1];
        int bestUser = -1;
        int bestTarget = -1;
        double bestScore = maxLoad * (1 - IMPROVEMENT);
        for (int u = 0; u < net.userCount(); u++) {
            int current = model.mapOf(u);
            if (!onBottleneck[current]) {
                continue;
            }
            for (int target : net.mapsInRange(u)) {
                if (target == current || !model.routes().isRouted(target)) {
                    continue;
                }
                double score = model.evaluateMove(u, target, bottleneck, watched);
                if (score < bestScore) {
                    bestScore = score;
                    bestUser = u;
                    bestTarget = target;
                }
            }
        }
        if (bestUser < 0) {
            return false;
        }
        model.move(bestUser, bestTarget);
        return true;
    }

    private static boolean reroute(MeshNetwork net, LoadModel model, int bottleneck, double maxLoad) {
        if (bottleneck < net.mapCount()) {
            return false;
        }
        ForwardingTree tree = model.tree();
        int[] usersPerMap = model.usersPerMap();
        int[] subtreeUsers = new int[net.mapCount()];
        for (int m = 0; m < net.mapCount(); m++) {
            if (usersPerMap[m] > 0) {
                for (int x = 0; x < net.mapCount(); x++) {
                    if (tree.routesThrough(net, m, x)) {
                        subtreeUsers[x] += usersPerMap[m];
                    }
                }
            }
        }
        ForwardingTree best = null;
        double bestScore = maxLoad * (1 - IMPROVEMENT);
        for (int m = 0; m < net.mapCount(); m++) {
            if (net.isGateway(m) || subtreeUsers[m] == 0 || !model.uses(m, bottleneck)) {
                continue;
            }
            for (int e : net.outLinks(m)) {
                int k = net.linkTo(e);
                if (e == tree.nextLink(m) || !tree.isRouted(net, k) || tree.routesThrough(net, k, m)) {
                    continue;
                }
                ForwardingTree candidate = tree.withNextLink(m, e);
                double score = model.maxLoadWithTree(candidate, usersPerMap);
                if (score < bestScore) {
                    bestScore = score;
                    best = candidate;
                }
            }
        }
        if (best == null) {
            return false;
        }
        model.setTree(best);
        return true;
    }
}
