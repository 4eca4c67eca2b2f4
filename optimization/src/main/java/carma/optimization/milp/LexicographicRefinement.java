package carma.optimization.milp;

import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.util.ArrayList;
import java.util.List;

/**
 * Lexicographic max-min by the Nace–Pióro blocking iteration, on the MILP itself. Starting from the
 * max-min level t1, repeat: (a) maximise Σ d_u of the free users with every free user ≥ t_k; users
 * above t_k there are not blocked; (b) each remaining free user u is tested by maximising d_u alone;
 * users that cannot exceed t_k are blocked at t_k (their d_u ≥ t_k stays, (3) is dropped for them);
 * (c) maximise the common level t_{k+1} of the free users. Over a non-convex feasible set (integer
 * x, z) step (c) can stall (every free user can exceed t_k, but not jointly): the integer variables
 * are then fixed at the last solution and the iteration continues on the resulting LP, where it is
 * exact. Without stalls the result is lexicographically max-min over the MILP; with a stall it is
 * over the fixed association and routes from that point on.
 */
final class LexicographicRefinement {
    private static final double REL_TOL = 1e-6;
    private final FairMeshMilp model;
    private final long deadlineNanos;
    private boolean integersFixed;
    private boolean completed;

    LexicographicRefinement(FairMeshMilp model, long deadlineNanos) {
        this.model = model;
        this.deadlineNanos = deadlineNanos;
    }

    /** Leaves the model holding the lexicographic solution; false if the time ran out first. */
    boolean refine(double firstLevelMbps) {
        int users = model.net.userCount();
        boolean[] blocked = new boolean[users];
        double level = firstLevelMbps;
        int free = users;
        while (free > 0) {
            if (!solve(sumObjective(blocked, level))) {
                return false;
            }
            List<Integer> candidates = new ArrayList<>();
            for (int u = 0; u < users; u++) {
                if (!blocked[u] && model.d[u].solutionValue() <= level + tol(level)) {
                    candidates.add(u);
                }
            }
            int newlyBlocked = 0;
            for (int u : candidates) {
                if (!solve(single(u))) {
                    return false;
                }
                if (model.d[u].solutionValue() <= level + tol(level)) {
                    blocked[u] = true;
                    newlyBlocked++;
                    model.minRate[u].setCoefficient(model.t, 0);
                    model.d[u].setLb(level - tol(level));
                }
            }
            free -= newlyBlocked;
            if (free == 0) {
                break;
            }
            if (!solve(levelObjective(blocked, level))) {
                return false;
            }
            double next = model.t.solutionValue();
            if (next <= level + tol(level) && newlyBlocked == 0) {
                if (integersFixed) {
                    free -= blockAll(blocked, level);
                } else {
                    fixIntegers();
                }
            }
            level = Math.max(level, next);
        }
        completed = solve(finalObjective());
        return completed;
    }

    private static double tol(double level) {
        return REL_TOL * Math.max(1.0, level);
    }

    private Runnable sumObjective(boolean[] blocked, double level) {
        return () -> {
            model.t.setBounds(level, level);
            for (int u = 0; u < blocked.length; u++) {
                model.solver.objective().setCoefficient(model.d[u], blocked[u] ? 0 : 1);
            }
        };
    }

    private Runnable single(int user) {
        return () -> model.solver.objective().setCoefficient(model.d[user], 1);
    }

    private Runnable levelObjective(boolean[] blocked, double level) {
        return () -> {
            model.t.setBounds(level, MPSolver.infinity());
            model.solver.objective().setCoefficient(model.t, 1);
        };
    }

    /** All users are blocked: any solution meeting the levels; maximise Σ d_u to read a clean vector. */
    private Runnable finalObjective() {
        return () -> {
            model.t.setBounds(0, MPSolver.infinity());
            for (MPVariable d : model.d) {
                model.solver.objective().setCoefficient(d, 1e-3);
            }
        };
    }

    /** Numerical stall on the LP (cannot happen in exact arithmetic): block every free user. */
    private int blockAll(boolean[] blocked, double level) {
        int count = 0;
        for (int u = 0; u < blocked.length; u++) {
            if (!blocked[u]) {
                blocked[u] = true;
                count++;
                model.minRate[u].setCoefficient(model.t, 0);
                model.d[u].setLb(level - tol(level));
            }
        }
        return count;
    }

    private void fixIntegers() {
        for (MPVariable v : model.integerVariables()) {
            double value = Math.round(v.solutionValue());
            v.setBounds(value, value);
        }
        integersFixed = true;
    }

    private boolean solve(Runnable objective) {
        long remainingMs = (deadlineNanos - System.nanoTime()) / 1_000_000;
        if (remainingMs <= 0) {
            return false;
        }
        model.solver.objective().clear();
        objective.run();
        model.solver.objective().setMaximization();
        model.solver.setTimeLimit(remainingMs);
        MPSolver.ResultStatus status = model.solver.solve();
        return status == MPSolver.ResultStatus.OPTIMAL;
    }
}
