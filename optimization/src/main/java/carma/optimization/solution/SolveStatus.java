package carma.optimization.solution;

/**
 * OPTIMAL: proven optimal; FEASIBLE: a solution without an optimality proof (stopped for another
 * reason than the time limit, or a heuristic); INFEASIBLE: no solution exists; TIME_LIMIT: the time
 * limit stopped the solver, the result carries the best solution found, if any.
 */
public enum SolveStatus {
    OPTIMAL,
    FEASIBLE,
    INFEASIBLE,
    TIME_LIMIT
}
