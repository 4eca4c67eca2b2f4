package carma.optimization.heuristic;

import carma.optimization.instance.IndexedInstance;
import carma.optimization.routing.ForwardingTree;
import java.util.HashMap;
import java.util.Map;

/**
 * Tabu search on the bottleneck, for when the descent of {@link BottleneckLocalSearch} is stuck (a
 * user of the bottleneck can only move by overloading another resource): each step applies the
 * best allowed move on the current bottleneck even if it does not improve (an ejection chain: the
 * next step relieves the resource just overloaded), forbids moving that user back to its old MAP
 * (or re-routing that MAP again) for {@code tenure} steps, and keeps the best configuration seen.
 * A tabu move is still allowed if it would beat the best maximum load (aspiration). Stops after
 * {@code steps} steps, or {@code patience} steps after the last improvement.
 */
final class TabuSearch {
    private static final double IMPROVEMENT = 1e-9;

    private TabuSearch() {}

    static LoadModel search(IndexedInstance net, LoadModel start, int steps, int tenure, int patience) {
        LoadModel model = start.copy();
        LoadModel best = start;
        double bestLoad = start.maxLoad();
        int lastImprovement = 0;
        Map<Long, Integer> tabuUntil = new HashMap<>();
        int[] rerouteTabuUntil = new int[net.mapCount()];
        for (int step = 0; step < steps && step - lastImprovement <= patience; step++) {
            int bottleneck = model.bottleneck();
            UserMove move = bestUserMove(net, model, bottleneck, tabuUntil, step, bestLoad);
            ForwardingTree reroute = bestReroute(net, model, bottleneck, rerouteTabuUntil, step, move.score());
            if (reroute != null) {
                int changed = changedMap(model.tree(), reroute);
                model.setTree(reroute);
                rerouteTabuUntil[changed] = step + tenure;
            } else if (move.user() >= 0) {
                tabuUntil.put(key(net, move.user(), model.mapOf(move.user())), step + tenure);
                model.move(move.user(), move.target());
            } else {
                break;
            }
            if (model.maxLoad() < bestLoad * (1 - IMPROVEMENT)) {
                bestLoad = model.maxLoad();
                best = model.copy();
                lastImprovement = step;
            }
        }
        return best;
    }

    /** A user move with its score; user -1 when there is none. */
    private record UserMove(int user, int target, double score) {}

    /** The best non-tabu move of a user of the bottleneck (tabu moves allowed if they beat the best). */
    private static UserMove bestUserMove(IndexedInstance net, LoadModel model, int bottleneck,
            Map<Long, Integer> tabuUntil, int step, double bestLoad) {
        UserMove best = new UserMove(-1, -1, Double.POSITIVE_INFINITY);
        boolean[] onBottleneck = model.mapsUsing(bottleneck);
        double[] shift = new double[net.mapCount()];
        for (int current = 0; current < net.mapCount(); current++) {
            if (!onBottleneck[current]) {
                continue;
            }
            java.util.Arrays.fill(shift, Double.NaN);
            for (int k = 0; k < model.memberCount(current); k++) {
                int u = model.member(current, k);
                for (int target : net.mapsInRange(u)) {
                    if (target == current || !model.routes().isRouted(target)) {
                        continue;
                    }
                    if (Double.isNaN(shift[target])) {
                        shift[target] = model.routeShiftMax(current, target);
                    }
                    double score = model.moveScore(u, target, shift[target]);
                    boolean tabu = tabuUntil.getOrDefault(key(net, u, target), -1) > step;
                    if ((!tabu || score < bestLoad * (1 - IMPROVEMENT)) && score < best.score()) {
                        best = new UserMove(u, target, score);
                    }
                }
            }
        }
        return best;
    }

    private static ForwardingTree bestReroute(IndexedInstance net, LoadModel model, int bottleneck, int[] tabuUntil,
            int step, double scoreToBeat) {
        if (bottleneck < net.mapCount()) {
            return null;
        }
        ForwardingTree tree = model.tree();
        int[] flowUsers = model.flowUsers();
        ForwardingTree best = null;
        double bestScore = scoreToBeat;
        for (int m = 0; m < net.mapCount(); m++) {
            if (net.isGateway(m) || flowUsers[m] == 0 || tabuUntil[m] > step || !model.uses(m, bottleneck)) {
                continue;
            }
            for (int e : net.outLinks(m)) {
                int k = net.linkTo(e);
                if (e != tree.nextLink(m) && tree.isRouted(net, k) && !tree.routesThrough(net, k, m)) {
                    double score = model.evaluateReroute(m, e, flowUsers[m]);
                    if (score < bestScore) {
                        bestScore = score;
                        best = tree.withNextLink(m, e);
                    }
                }
            }
        }
        return best;
    }

    private static int changedMap(ForwardingTree before, ForwardingTree after) {
        for (int m = 0; m < before.nextLink().length; m++) {
            if (before.nextLink(m) != after.nextLink(m)) {
                return m;
            }
        }
        return 0;
    }

    private static long key(IndexedInstance net, int user, int map) {
        return (long) user * net.mapCount() + map;
    }
}
