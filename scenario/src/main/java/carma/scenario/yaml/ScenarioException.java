package carma.scenario.yaml;

/**
 * A scenario that cannot be used, with where: the YAML path (e.g. {@code users.mobility.speedKmh})
 * and the line. Its message is one line meant for the user, e.g.
 * {@code users.mobility.speedKmh (line 14): must be a positive number}.
 */
public final class ScenarioException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String path;
    private final int line;
    private final String problem;

    public ScenarioException(String path, int line, String problem) {
        super(format(path, line, problem));
        this.path = path;
        this.line = line;
        this.problem = problem;
    }

    /** Longest path a message shows whole. */
    private static final int PATH_CHARS = 120;

    private static String format(String path, int line, String problem) {
        String where = path == null || path.isEmpty() ? "scenario"
                : path.length() <= PATH_CHARS ? path : path.substring(0, PATH_CHARS - 3) + "...";
        if (line == YamlNode.OVERRIDE_LINE) {
            return problem.startsWith("--set ") ? problem : where + " (command line): " + problem;
        }
        return line > 0 ? where + " (line " + line + "): " + problem : where + ": " + problem;
    }

    public String path() {
        return path;
    }

    public int line() {
        return line;
    }

    public String problem() {
        return problem;
    }
}
