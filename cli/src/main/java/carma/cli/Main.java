package carma.cli;

import carma.scenario.yaml.ScenarioException;
import java.io.PrintWriter;
import picocli.CommandLine;

/** Entry point of the runnable jar. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        System.exit(commandLine(true).execute(args));
    }

    /**
     * Runs the command line inside this JVM (no signal handling, no stdin control) and returns the
     * exit code (0 ok, 1 run failure, 2 usage/scenario error).
     */
    public static int execute(String... args) {
        return commandLine().execute(args);
    }

    public static CommandLine commandLine() {
        return commandLine(false);
    }

    private static CommandLine commandLine(boolean ownsProcess) {
        CommandLine cl = new CommandLine(new CarmaCommand(ownsProcess));
        cl.setExecutionExceptionHandler(Main::onException);
        cl.setParameterExceptionHandler(Main::onUsageError);
        return cl;
    }

    private static int onUsageError(CommandLine.ParameterException e, String[] args) {
        PrintWriter err = e.getCommandLine().getErr();
        err.println("carma: " + e.getMessage());
        err.flush();
        return ExitCodes.USAGE;
    }

    private static int onException(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        boolean debug = parsed.hasMatchedOption("--debug") || parsed.subcommands().stream()
                .anyMatch(s -> s.hasMatchedOption("--debug"));
        int code;
        String msg;
        if (e instanceof ScenarioException) {
            code = ExitCodes.USAGE;
            msg = e.getMessage();
        } else if (e instanceof UsageError || e instanceof IllegalArgumentException) {
            code = ExitCodes.USAGE;
            msg = e.getMessage();
        } else {
            code = ExitCodes.FAILURE;
            msg = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
        if (e instanceof ScenarioException) {
            for (String line : msg.split("\n")) {
                err.println("carma: " + line); // every problem of the file, one line each
            }
        } else {
            err.println("carma: " + firstLine(msg));
        }
        if (debug) {
            e.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
