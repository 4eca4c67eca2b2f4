package carma.optimization.milp;

import carma.optimization.fairness.ProgressiveFilling;
import carma.optimization.fairness.RouteLoads;
import carma.optimization.fairness.TreeFlows;
import carma.optimization.heuristic.MaxMinFairHeuristicAssociation;
import carma.optimization.instance.FairMeshInstance;
import carma.optimization.instance.IndexedInstance;
import carma.optimization.solution.Allocation;
import carma.optimization.solution.FairMeshAssociation;
import carma.optimization.solution.FairMeshResult;
import carma.optimization.solution.ResultAssembler;
import carma.optimization.solution.SolveStatus;
import com.google.ortools.linearsolver.MPSolver;

/**
 * The exact method: the MILP (1)–(7) (+ (8a)–(8c) for single-path) solved with OR-Tools (SCIP,
 * CBC or HiGHS) under a wall-clock limit, warm-started from the heuristic. Reports OPTIMAL,
 * FEASIBLE (stopped early without reaching the limit), TIME_LIMIT (the limit stopped it; the best
 * solution known is returned, the heuristic's if the solver found none better) or INFEASIBLE, with
 * the best bound and the relative gap (bound − t) / t. User rates are the solver's y values at
 * the optimum, or the lexicographic max-min rates with {@link MilpOptions#lexicographic()}.
 */
public final class MaxMinFairMilpAssociation implements FairMeshAssociation {
    private final MilpOptions options;

    public MaxMinFairMilpAssociation(MilpOptions options) {
        this.options = options;
    }

    @Override
    public String method() {
        return "exact";
    }

    @Override
    public FairMeshResult solve(FairMeshInstance instance) {
        long start = System.nanoTime();
        long deadline = start + options.timeLimitMs() * 1_000_000;
        IndexedInstance net = new IndexedInstance(instance);
        MaxMinFairHeuristicAssociation.Configuration config = new MaxMinFairHeuristicAssociation().configure(net);
        Allocation heuristic = TreeFlows.allocation(net, config.mapOfUser(), config.tree(),
                ProgressiveFilling.fill(net, config.mapOfUser(), new RouteLoads(net, config.tree())).rateBps());
        MPSolver solver = options.backend().create();
        try {
            FairMeshMilp model = new FairMeshMilp(solver, net);
            if (options.warmStart() && options.backend().acceptsHints()) {
                WarmStart.apply(model, heuristic, config.tree());
            }
            solver.setTimeLimit(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            MPSolver.ResultStatus raw = solver.solve();
            return interpret(net, model, raw, heuristic, start, deadline);
        } finally {
            solver.delete();
        }
    }

    private FairMeshResult interpret(IndexedInstance net, FairMeshMilp model, MPSolver.ResultStatus raw,
            Allocation heuristic, long start, long deadline) {
        String solverName = options.backend().name();
        boolean hasSolution = raw == MPSolver.ResultStatus.OPTIMAL || raw == MPSolver.ResultStatus.FEASIBLE;
        if (raw == MPSolver.ResultStatus.ABNORMAL || raw == MPSolver.ResultStatus.MODEL_INVALID
                || raw == MPSolver.ResultStatus.UNBOUNDED) {
            throw new IllegalStateException(solverName + " returned " + raw + " on the fair-mesh MILP");
        }
        if (raw == MPSolver.ResultStatus.INFEASIBLE) {
            return ResultAssembler.empty(method(), solverName, SolveStatus.INFEASIBLE, null, elapsedMs(start));
        }
        boolean limitHit = System.nanoTime() >= deadline - 50_000_000L;
        SolveStatus status = raw == MPSolver.ResultStatus.OPTIMAL ? SolveStatus.OPTIMAL
                : limitHit ? SolveStatus.TIME_LIMIT : SolveStatus.FEASIBLE;
        Double bound = hasSolution ? model.solver.objective().bestBound() / FairMeshMilp.MBPS : null;
        Allocation allocation = hasSolution ? model.allocation() : heuristic;
        double objective = hasSolution ? model.solver.objective().value() / FairMeshMilp.MBPS : heuristic.minRateBps();
        if (status != SolveStatus.OPTIMAL && heuristic.minRateBps() > objective) {
            allocation = heuristic;
            objective = heuristic.minRateBps();
        }
        if (options.lexicographic() && status == SolveStatus.OPTIMAL) {
            LexicographicRefinement refinement = new LexicographicRefinement(model, deadline);
            if (refinement.refine(objective * FairMeshMilp.MBPS)) {
                allocation = model.allocation();
            } else {
                status = SolveStatus.TIME_LIMIT;
            }
        }
        Double gap = bound == null ? null : gap(bound, objective);
        return ResultAssembler.assemble(net, method(), solverName, status, bound, gap, elapsedMs(start), allocation);
    }

    private static Double gap(double bound, double objective) {
        if (objective > 0) {
            return Math.max(0.0, (bound - objective) / objective);
        }
        return bound <= 1e-9 ? 0.0 : null;
    }

    private static long elapsedMs(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
