package carma.cli;

import carma.optimization.generator.GeneratorSpec;
import carma.optimization.generator.RandomInstanceGenerator;
import carma.optimization.heuristic.MaxMinFairHeuristicAssociation;
import carma.optimization.instance.FairMeshInstance;
import carma.optimization.instance.InvalidInstanceException;
import carma.optimization.instance.RoutingMode;
import carma.optimization.io.InstanceJsonReader;
import carma.optimization.io.InstanceJsonWriter;
import carma.optimization.io.ResultJsonWriter;
import carma.optimization.milp.MaxMinFairMilpAssociation;
import carma.optimization.milp.MilpOptions;
import carma.optimization.milp.MilpSolverBackend;
import carma.optimization.rssi.StrongestSignalAssociation;
import carma.optimization.solution.FairMeshAssociation;
import carma.optimization.solution.FairMeshResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code carma optimize}: max-min fair association and routing in mesh-connected WLAN hotspots
 * (issue 4). Solves one instance, generates random instances, or compares all methods over a folder.
 * Exit codes: 0 success, 1 failure, 2 usage error or bad instance. Errors start with {@code carma: };
 * a bad instance gives one line per problem, {@code carma: FILE: PATH: problem}; stack traces only
 * with {@code --debug}.
 */
@Command(name = "optimize", mixinStandardHelpOptions = true,
        description = {"Max-min fair user-to-MAP association and routing to gateways (exact MILP, heuristic,"
                + " RSSI baseline).",
            "  carma optimize INSTANCE.json --method exact|heuristic|rssi [--json OUT.json]",
            "  carma optimize --generate N --out DIR [--users U --maps M --gateways G --seed S]",
            "  carma optimize --compare DIR [--out DIR] [--time-limit S]"})
public final class OptimizeCommand implements Callable<Integer> {
    static final int OK = 0;
    static final int FAILURE = 1;
    static final int USAGE = 2;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "INSTANCE.json",
            description = "instance file (explicit or geometric flavour, docs/fair-mesh-instance.schema.json)")
    Path instanceFile;

    @Option(names = "--method", defaultValue = "heuristic", paramLabel = "exact|heuristic|rssi",
            description = "method (default: ${DEFAULT-VALUE})")
    String method;

    @Option(names = "--solver", defaultValue = "scip", paramLabel = "scip|cbc|highs",
            description = "MILP solver for exact (default: ${DEFAULT-VALUE})")
    String solver;

    @Option(names = "--time-limit", defaultValue = "60", paramLabel = "S",
            description = "time limit of exact in seconds (default: ${DEFAULT-VALUE})")
    double timeLimitS;

    @Option(names = "--lexicographic", description = "exact: refine to lexicographic max-min rates")
    boolean lexicographic;

    @Option(names = "--no-warm-start", description = "exact: do not pass the heuristic solution as a hint")
    boolean noWarmStart;

    @Option(names = "--json", paramLabel = "OUT.json", description = "write the result JSON here")
    Path jsonOut;

    @Option(names = "--emit-explicit", paramLabel = "FILE", description = "write the explicit instance here")
    Path emitExplicit;

    @Option(names = "--generate", paramLabel = "N", description = "write N random instances into --out")
    Integer generate;

    @Option(names = "--compare", paramLabel = "DIR", description = "run all methods on every *.json in DIR")
    Path compareDir;

    @Option(names = "--out", paramLabel = "DIR", description = "output folder of --generate / --compare")
    Path outDir;

    @Option(names = "--users", defaultValue = "40", description = "generate: users (default: ${DEFAULT-VALUE})")
    int users;

    @Option(names = "--maps", defaultValue = "16", description = "generate: MAPs (default: ${DEFAULT-VALUE})")
    int maps;

    @Option(names = "--gateways", defaultValue = "2", description = "generate: gateways (default: ${DEFAULT-VALUE})")
    int gateways;

    @Option(names = "--seed", defaultValue = "1", description = "generate: first seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--routing", defaultValue = "single-path", paramLabel = "single-path|multi-path",
            description = "generate: routing mode (default: ${DEFAULT-VALUE})")
    String routing;

    @Option(names = "--map-placement", defaultValue = "grid", paramLabel = "grid|random",
            description = "generate: MAP layout (default: ${DEFAULT-VALUE})")
    String mapPlacement;

    @Option(names = "--user-placement", defaultValue = "uniform", paramLabel = "uniform|hotspots",
            description = "generate: user layout (default: ${DEFAULT-VALUE})")
    String userPlacement;

    @Option(names = "--uplink-bps", defaultValue = "20000000", description = "generate: gateway uplink (default: ${DEFAULT-VALUE})")
    double uplinkBps;

    @Option(names = "--explicit", description = "generate: write the explicit flavour instead of geometric")
    boolean writeExplicit;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            int modes = (generate != null ? 1 : 0) + (compareDir != null ? 1 : 0) + (instanceFile != null ? 1 : 0);
            if (modes != 1) {
                return usage(err, "give exactly one of INSTANCE.json, --generate N or --compare DIR");
            }
            if (generate != null) {
                return generate();
            }
            if (compareDir != null) {
                return new FairMeshComparison(compareDir, outDir, milpOptions(), spec.commandLine().getOut()).run();
            }
            return solveOne();
        } catch (InstanceFileError e) {
            for (String problem : e.problems()) {
                err.println("carma: " + e.file() + ": " + problem);
            }
            return debug(err, e, USAGE);
        } catch (IllegalArgumentException e) {
            return debug(err, e, usage(err, e.getMessage()));
        } catch (NoSuchFileException e) {
            return debug(err, e, usage(err, "no such file: " + e.getFile()));
        } catch (IOException e) {
            err.println("carma: " + InvalidInstanceException.shortened(String.valueOf(e.getMessage())) + " ("
                    + e.getClass().getSimpleName() + ")");
            return debug(err, e, FAILURE);
        } catch (RuntimeException e) {
            err.println("carma: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            return debug(err, e, FAILURE);
        }
    }

    private static int usage(PrintWriter err, String message) {
        err.println("carma: " + message);
        err.flush();
        return USAGE;
    }

    /** Prints the stack trace when {@code --debug} was given (on this command or on {@code carma}). */
    private int debug(PrintWriter err, Exception e, int code) {
        for (picocli.CommandLine cl = spec.commandLine(); cl != null; cl = cl.getParent()) {
            if (cl.getParseResult() != null && cl.getParseResult().hasMatchedOption("--debug")) {
                e.printStackTrace(err);
                break;
            }
        }
        err.flush();
        return code;
    }

    MilpOptions milpOptions() {
        if (!(timeLimitS > 0)) {
            throw new IllegalArgumentException("--time-limit must be > 0 seconds, got " + timeLimitS);
        }
        return new MilpOptions(MilpSolverBackend.fromName(solver), Math.round(timeLimitS * 1000), lexicographic,
                !noWarmStart);
    }

    private FairMeshAssociation association() {
        return switch (method.toLowerCase(Locale.ROOT)) {
            case "exact" -> new MaxMinFairMilpAssociation(milpOptions());
            case "heuristic" -> new MaxMinFairHeuristicAssociation();
            case "rssi" -> new StrongestSignalAssociation();
            default -> throw new IllegalArgumentException(
                    "unknown method '" + method + "' (expected exact, heuristic or rssi)");
        };
    }

    private int solveOne() throws IOException {
        FairMeshAssociation association = association();
        FairMeshInstance instance;
        try {
            instance = new InstanceJsonReader().read(instanceFile);
        } catch (InvalidInstanceException e) {
            throw new InstanceFileError(instanceFile, e);
        }
        if (emitExplicit != null) {
            new InstanceJsonWriter().writeExplicit(instance, emitExplicit);
        }
        FairMeshResult result = association.solve(instance);
        if (jsonOut != null) {
            new ResultJsonWriter().write(result, jsonOut);
        }
        printSummary(spec.commandLine().getOut(), instance, result);
        return OK;
    }

    private void printSummary(PrintWriter out, FairMeshInstance instance, FairMeshResult result) {
        long gatewayCount = instance.maps().stream().filter(m -> m.gateway()).count();
        out.printf(Locale.ROOT, "instance     %s: %d users, %d MAPs (%d gateways), %d mesh links, %s%n",
                instanceFile.getFileName(), instance.users().size(), instance.maps().size(), gatewayCount,
                instance.meshLinks().size(), instance.routing().jsonName());
        out.printf(Locale.ROOT, "method       %s%s, status %s%n", result.method(),
                result.solver() == null ? "" : " (" + result.solver() + ")", result.status());
        out.printf(Locale.ROOT, "min rate     %.3f Mbit/s%n", result.minRateBps() / 1e6);
        out.printf(Locale.ROOT, "users >= 1 Mbit/s  %d / %d%n", result.usersAtLeast(1e6), instance.users().size());
        out.printf(Locale.ROOT, "bottleneck   %s%n", result.bottleneck());
        if (result.bestBoundBps() != null) {
            out.printf(Locale.ROOT, "gap          %s (best bound %.3f Mbit/s)%n",
                    result.gap() == null ? "unknown" : String.format(Locale.ROOT, "%.4f %%", 100 * result.gap()),
                    result.bestBoundBps() / 1e6);
        }
        out.printf(Locale.ROOT, "time         %d ms%n", result.solveTimeMs());
        if (jsonOut != null) {
            out.printf("result       %s%n", jsonOut);
        }
        out.flush();
    }

    private static <E extends Enum<E>> E choice(String option, String value, Class<E> type) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value)) {
                return constant;
            }
        }
        throw new IllegalArgumentException(option + ": expected one of "
                + java.util.Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT)).toList()
                + ", got '" + value + "'");
    }

    private int generate() throws IOException {
        if (outDir == null) {
            throw new IllegalArgumentException("--generate needs --out DIR");
        }
        if (generate < 1) {
            throw new IllegalArgumentException("--generate needs N >= 1, got " + generate);
        }
        GeneratorSpec genSpec = GeneratorSpec.defaults(users, maps, gateways)
                .withRouting(RoutingMode.fromJson(routing))
                .withMaps(choice("--map-placement", mapPlacement, GeneratorSpec.MapPlacement.class),
                        mapPlacement.equalsIgnoreCase("random") ? GeneratorSpec.GatewayPlacement.RANDOM
                                : GeneratorSpec.GatewayPlacement.CORNERS)
                .withUsers(choice("--user-placement", userPlacement, GeneratorSpec.UserPlacement.class), 3, 40.0)
                .withUplinkBps(uplinkBps);
        Files.createDirectories(outDir);
        InstanceJsonWriter writer = new InstanceJsonWriter();
        for (int i = 0; i < generate; i++) {
            long s = seed + i;
            Path file = outDir.resolve(String.format(Locale.ROOT, "fair-mesh-u%d-m%d-s%d.json", users, maps, s));
            if (writeExplicit) {
                writer.writeExplicit(RandomInstanceGenerator.explicit(genSpec, s), file);
            } else {
                writer.writeGeometric(RandomInstanceGenerator.geometric(genSpec, s), file);
            }
        }
        spec.commandLine().getOut().printf("wrote %d instances to %s%n", generate, outDir);
        spec.commandLine().getOut().flush();
        return OK;
    }
}
