package carma.scenario.yaml;

import java.util.ArrayList;
import java.util.List;

/**
 * A scenario that cannot be used, with where: the file, the YAML path (e.g.
 * {@code users.mobility.speedKmh}) and the line. Its message is one line meant for the user, e.g.
 * {@code a.yaml: users.mobility.speedKmh (line 14): must be a positive number}. A reading that found
 * several problems throws one exception whose {@link #problems()} lists them all (the message has one
 * line per problem, at most {@link #MAX_REPORTED}).
 */
public final class ScenarioException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    /** Problems a message lists before it says how many more there are. */
    public static final int MAX_REPORTED = 20;
    private final String file;
    private final String path;
    private final int line;
    private final String problem;
    private final List<ScenarioException> problems;

    public ScenarioException(String path, int line, String problem) {
        this(null, path, line, problem, List.of());
    }

    private ScenarioException(String file, String path, int line, String problem, List<ScenarioException> more) {
        super(message(file, path, line, problem, more));
        this.file = file;
        this.path = path;
        this.line = line;
        this.problem = problem;
        List<ScenarioException> all = new ArrayList<>();
        all.add(this);
        all.addAll(more);
        this.problems = List.copyOf(all);
    }

    /** One exception for several problems (in the order found); {@code all} must not be empty. */
    public static ScenarioException of(List<ScenarioException> all) {
        List<ScenarioException> flat = new ArrayList<>();
        for (ScenarioException e : all) {
            flat.addAll(e.problems());
        }
        ScenarioException first = flat.get(0);
        return first.problems.size() == flat.size() ? first
                : new ScenarioException(first.file, first.path, first.line, first.problem, flat.subList(1, flat.size()));
    }

    /** The same problems, said of {@code file}. */
    public ScenarioException inFile(String fileName) {
        List<ScenarioException> more = new ArrayList<>();
        for (ScenarioException e : problems.subList(1, problems.size())) {
            more.add(new ScenarioException(fileName, e.path, e.line, e.problem, List.of()));
        }
        return new ScenarioException(fileName, path, line, problem, more);
    }

    /** Every problem found, this one first. */
    public List<ScenarioException> problems() {
        return problems;
    }

    private static String message(String file, String path, int line, String problem, List<ScenarioException> more) {
        StringBuilder sb = new StringBuilder(format(file, path, line, problem));
        for (int i = 0; i < more.size() && i < MAX_REPORTED - 1; i++) {
            ScenarioException e = more.get(i);
            sb.append('\n').append(format(e.file, e.path, e.line, e.problem));
        }
        if (more.size() >= MAX_REPORTED) {
            sb.append('\n').append(file == null ? "" : file + ": ").append("... and ")
                    .append(more.size() + 1 - MAX_REPORTED).append(" more problems");
        }
        return sb.toString();
    }

    /** Longest path a message shows whole. */
    private static final int PATH_CHARS = 120;

    private static String format(String file, String path, int line, String problem) {
        String where = path == null || path.isEmpty() ? "scenario" : shortPath(path);
        String in = file == null ? "" : file + ": ";
        if (line == YamlNode.OVERRIDE_LINE) {
            return in + (problem.startsWith("--set ") ? problem : where + " (command line): " + problem);
        }
        return in + (line > 0 ? where + " (line " + line + "): " + problem : where + ": " + problem);
    }

    /** Each step of a path cut like a quoted value, then the whole path capped. */
    private static String shortPath(String path) {
        StringBuilder sb = new StringBuilder();
        for (String step : path.split("\\.", -1)) {
            sb.append(sb.length() == 0 ? "" : ".").append(step.length() <= YamlNode.Scalar.QUOTED_CHARS ? step
                    : step.substring(0, YamlNode.Scalar.QUOTED_CHARS - 3) + "...");
        }
        return sb.length() <= PATH_CHARS ? sb.toString() : sb.substring(0, PATH_CHARS - 3) + "...";
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
