package carma.optimization.heuristic;

import carma.optimization.instance.IndexedInstance;
import carma.optimization.routing.ForwardingTree;
import java.util.ArrayList;
import java.util.List;

/**
 * Local search on the bottleneck (fair-mesh.md §A.2 step 4). Descent: while the most loaded
 * resource can be relieved, either move one of its users to another MAP in range, or re-route one
 * MAP whose route crosses it onto another neighbour (no cycles); take the best strictly improving
 * move, where a move is improving only if every resource it touches ends below the current
 * maximum load ({@link TabuSearch} continues from where this descent gets stuck). Deterministic:
 * candidates are ordered by score, then by discovery order.
 */
final class BottleneckLocalSearch {
    private static final double IMPROVEMENT = 1e-9;

    private BottleneckLocalSearch() {}

    /**
     * Descent; returns the number of moves made. User moves are taken MAP by MAP: the best move of
     * the users of the first MAP (in index order) on the bottleneck that has an improving one.
     * Re-routings are tried when no user move improves.
     */
    static int descend(IndexedInstance net, LoadModel model, int maxIterations) {
        for (int iteration = 0; iteration < maxIterations; iteration++) {
            int bottleneck = model.bottleneck();
            double threshold = model.load(bottleneck) * (1 - IMPROVEMENT);
            if (firstImprovingMap(net, model, bottleneck, threshold)) {
                continue;
            }
            List<Move> moves = reroutes(net, model, bottleneck, 1);
            if (moves.isEmpty() || moves.get(0).score() >= threshold) {
                return iteration;
            }
            moves.get(0).apply(model);
        }
        return maxIterations;
    }

    private static boolean firstImprovingMap(IndexedInstance net, LoadModel model, int bottleneck, double threshold) {
        boolean[] onBottleneck = model.mapsUsing(bottleneck);
        double[] shift = new double[net.mapCount()];
        for (int current = 0; current < net.mapCount(); current++) {
            if (!onBottleneck[current]) {
                continue;
            }
            java.util.Arrays.fill(shift, Double.NaN);
            int bestUser = -1;
            int bestTarget = -1;
            double bestScore = threshold;
            for (int k = 0; k < model.memberCount(current); k++) {
                int user = model.member(current, k);
                for (int target : net.mapsInRange(user)) {
                    if (target != current && model.routes().isRouted(target)) {
                        if (Double.isNaN(shift[target])) {
                            shift[target] = model.routeShiftMax(current, target);
                        }
                        double score = model.moveScore(user, target, shift[target]);
                        if (score < bestScore) {
                            bestScore = score;
                            bestUser = user;
                            bestTarget = target;
                        }
                    }
                }
            }
            if (bestUser >= 0) {
                model.move(bestUser, bestTarget);
                return true;
            }
        }
        return false;
    }

    private static List<Move> reroutes(IndexedInstance net, LoadModel model, int bottleneck, int limit) {
        TopMoves top = new TopMoves(limit);
        if (bottleneck < net.mapCount()) {
            return top.moves();
        }
        ForwardingTree tree = model.tree();
        int[] flowUsers = model.flowUsers();
        for (int m = 0; m < net.mapCount(); m++) {
            if (net.isGateway(m) || flowUsers[m] == 0 || !model.uses(m, bottleneck)) {
                continue;
            }
            for (int e : net.outLinks(m)) {
                int k = net.linkTo(e);
                if (e != tree.nextLink(m) && tree.isRouted(net, k) && !tree.routesThrough(net, k, m)) {
                    ForwardingTree candidate = tree.withNextLink(m, e);
                    top.offer(new Move(model.evaluateReroute(m, e, flowUsers[m]), x -> x.setTree(candidate)));
                }
            }
        }
        return top.moves();
    }

    /** A candidate change with its score (the largest load it leaves on the resources it touches). */
    record Move(double score, java.util.function.Consumer<LoadModel> action) {
        void apply(LoadModel model) {
            action.accept(model);
        }
    }

    /** Keeps the {@code limit} lowest-score moves, first offered first on ties. */
    private static final class TopMoves {
        private final int limit;
        private final List<Move> moves = new ArrayList<>();

        TopMoves(int limit) {
            this.limit = limit;
        }

        void offer(Move move) {
            if (moves.size() == limit && move.score() >= moves.get(limit - 1).score()) {
                return;
            }
            int i = moves.size();
            while (i > 0 && moves.get(i - 1).score() > move.score()) {
                i--;
            }
            moves.add(i, move);
            if (moves.size() > limit) {
                moves.remove(limit);
            }
        }

        List<Move> moves() {
            return moves;
        }
    }
}
