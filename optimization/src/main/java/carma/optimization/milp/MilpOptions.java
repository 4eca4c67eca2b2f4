package carma.optimization.milp;

/**
 * Options of the exact method.
 *
 * @param timeLimitMs wall-clock limit for the whole solve (all levels with lexicographic)
 * @param lexicographic refine the max-min optimum to lexicographic max-min (Nace–Pióro blocking)
 * @param warmStart give the heuristic solution to the solver as a hint
 */
public record MilpOptions(MilpSolverBackend backend, long timeLimitMs, boolean lexicographic, boolean warmStart) {
    public MilpOptions {
        if (timeLimitMs <= 0) {
            throw new IllegalArgumentException("time limit must be > 0 ms, got " + timeLimitMs);
        }
    }

    /** SCIP, 60 s, no lexicographic refinement, warm start on. */
    public static MilpOptions defaults() {
        return new MilpOptions(MilpSolverBackend.SCIP, 60_000, false, true);
    }

    public MilpOptions withBackend(MilpSolverBackend newBackend) {
        return new MilpOptions(newBackend, timeLimitMs, lexicographic, warmStart);
    }

    public MilpOptions withTimeLimitMs(long newTimeLimitMs) {
        return new MilpOptions(backend, newTimeLimitMs, lexicographic, warmStart);
    }

    public MilpOptions withLexicographic(boolean newLexicographic) {
        return new MilpOptions(backend, timeLimitMs, newLexicographic, warmStart);
    }

    public MilpOptions withWarmStart(boolean newWarmStart) {
        return new MilpOptions(backend, timeLimitMs, lexicographic, newWarmStart);
    }
}
