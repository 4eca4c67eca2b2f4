package carma.optimization.heuristic;

import carma.optimization.instance.MeshNetwork;
import carma.optimization.routing.ForwardingTree;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Local search on the bottleneck (fair-mesh.md §A.2 step 4). Descent: while the most loaded
 * resource can be relieved, either move one of its users to another MAP in range, or re-route one
 * MAP whose route crosses it onto another neighbour (no cycles); take the best strictly improving
 * move, where a move is improving only if every resource it touches ends below the current
 * maximum load. When the descent is stuck, kicks (iterated local search): apply one of the best
 * non-improving moves on the bottleneck, descend again, keep the result only if the maximum load
 * dropped. Deterministic: candidates are ordered by score, then by index.
 */
final class BottleneckLocalSearch {
    private static final double IMPROVEMENT = 1e-9;
    private static final int KICKS_PER_ROUND = 24;
    private static final int DESCENT_AFTER_KICK = 200;

    private BottleneckLocalSearch() {}

    /** Improves the model in place and returns the best model found (possibly another instance). */
    static LoadModel improve(MeshNetwork net, LoadModel start, int maxIterations) {
        LoadModel model = start;
        int budget = descend(net, model, maxIterations);
        while (budget > 0) {
            double current = model.maxLoad();
            LoadModel better = null;
            for (Move kick : kicks(net, model)) {
                LoadModel trial = model.copy();
                kick.apply(trial);
                budget -= 1 + descend(net, trial, Math.min(DESCENT_AFTER_KICK, Math.max(1, budget)));
                if (trial.maxLoad() < current * (1 - IMPROVEMENT)) {
                    better = trial;
                    break;
                }
                if (budget <= 0) {
                    break;
                }
            }
            if (better == null) {
                break;
            }
            model = better;
        }
        return model;
    }

    /** Steepest descent; returns the number of moves made. */
    static int descend(MeshNetwork net, LoadModel model, int maxIterations) {
        for (int iteration = 0; iteration < maxIterations; iteration++) {
            int bottleneck = model.bottleneck();
            double threshold = model.load(bottleneck) * (1 - IMPROVEMENT);
            List<Move> moves = userMoves(net, model, bottleneck, 1);
            if (moves.isEmpty() || moves.get(0).score() >= threshold) {
                moves = reroutes(net, model, bottleneck, 1);
            }
            if (moves.isEmpty() || moves.get(0).score() >= threshold) {
                return iteration;
            }
            moves.get(0).apply(model);
        }
        return maxIterations;
    }

    private static List<Move> kicks(MeshNetwork net, LoadModel model) {
        int bottleneck = model.bottleneck();
        List<Move> kicks = new ArrayList<>(userMoves(net, model, bottleneck, KICKS_PER_ROUND));
        kicks.addAll(reroutes(net, model, bottleneck, KICKS_PER_ROUND / 3));
        kicks.sort(Comparator.comparingDouble(Move::score));
        return kicks.subList(0, Math.min(kicks.size(), KICKS_PER_ROUND));
    }

    /** The best {@code limit} moves of users of the bottleneck resource, by largest touched load. */
    private static List<Move> userMoves(MeshNetwork net, LoadModel model, int bottleneck, int limit) {
        boolean[] onBottleneck = new boolean[net.mapCount()];
        for (int m = 0; m < net.mapCount(); m++) {
            onBottleneck[m] = model.routes().isRouted(m) && model.uses(m, bottleneck);
        }
        double[] watched = new double[1];
        TopMoves top = new TopMoves(limit);
        for (int u = 0; u < net.userCount(); u++) {
            int current = model.mapOf(u);
            if (!onBottleneck[current]) {
                continue;
            }
            for (int target : net.mapsInRange(u)) {
                if (target != current && model.routes().isRouted(target)) {
                    int user = u;
                    top.offer(new Move(model.evaluateMove(u, target, bottleneck, watched),
                            m -> m.move(user, target)));
                }
            }
        }
        return top.moves();
    }

    private static List<Move> reroutes(MeshNetwork net, LoadModel model, int bottleneck, int limit) {
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
