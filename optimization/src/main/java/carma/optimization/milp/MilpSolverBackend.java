package carma.optimization.milp;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPSolver;
import java.util.Locale;

/**
 * The port to the MILP solvers: OR-Tools MPSolver backends. SCIP is the default; CBC and HiGHS are
 * selectable; GLOP is the LP solver used when every integer variable is fixed.
 */
public enum MilpSolverBackend {
    SCIP("SCIP"),
    CBC("CBC"),
    HIGHS("HIGHS");

    private final String orToolsId;

    MilpSolverBackend(String orToolsId) {
        this.orToolsId = orToolsId;
    }

    public String orToolsId() {
        return orToolsId;
    }

    /**
     * Whether a solution hint can be passed: OR-Tools 9.15's HiGHS wrapper crashes the JVM (SIGSEGV
     * in HighsSolveProto) when the request carries a hint, so HiGHS runs without warm start.
     */
    public boolean acceptsHints() {
        return this != HIGHS;
    }

    public static MilpSolverBackend fromName(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown solver '" + name + "' (expected scip, cbc or highs)");
        }
    }

    /** A fresh solver; the caller deletes it. Loads the OR-Tools natives on first use. */
    public MPSolver create() {
        Loader.loadNativeLibraries();
        MPSolver solver = MPSolver.createSolver(orToolsId);
        if (solver == null) {
            throw new IllegalStateException("OR-Tools has no " + orToolsId + " solver on this platform");
        }
        return solver;
    }
}
