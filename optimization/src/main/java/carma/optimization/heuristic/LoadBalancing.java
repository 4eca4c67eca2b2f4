package carma.optimization.heuristic;

import carma.optimization.instance.IndexedInstance;

/**
 * Second phase after the max-min search: spreads load away from the non-bottleneck resources so
 * that progressive filling gives the users above the minimum more. Sweeps over all users and moves
 * each to the MAP that most reduces Σ_R L_R² provided no touched resource ends above the current
 * maximum load; the minimum rate 1 / max L therefore never decreases. Stops after a sweep without
 * moves or after {@code maxSweeps}.
 */
final class LoadBalancing {
    private static final double MIN_GAIN = 1e-12;

    private LoadBalancing() {}

    static void balance(IndexedInstance net, LoadModel model, int maxSweeps) {
        double cap = model.maxLoad();
        double[] eval = new double[2];
        for (int sweep = 0; sweep < maxSweeps; sweep++) {
            boolean moved = false;
            for (int u = 0; u < net.userCount(); u++) {
                int from = model.mapOf(u);
                int best = -1;
                double bestGain = -MIN_GAIN * cap * cap;
                for (int target : net.mapsInRange(u)) {
                    if (target == from || !model.routes().isRouted(target)) {
                        continue;
                    }
                    model.evaluateBalance(u, target, eval);
                    if (eval[0] <= cap && eval[1] < bestGain) {
                        bestGain = eval[1];
                        best = target;
                    }
                }
                if (best >= 0) {
                    model.move(u, best);
                    moved = true;
                }
            }
            if (!moved) {
                return;
            }
        }
    }
}
