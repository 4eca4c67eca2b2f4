package carma.cli;

import carma.runtime.output.BuildInfo;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code carma} command. */
@Command(name = "carma", mixinStandardHelpOptions = true, versionProvider = CarmaCommand.Version.class,
        description = "Emulate, optimise and operate heterogeneous wireless and mesh networks.",
        subcommands = {RunCommand.class, ValidateCommand.class, DemoCommand.class, ExperimentCommand.class,
            OptimizeCommand.class, ServeCommand.class,
            CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 success (also a real-time run stopped with q), 1 run failure (a real-time overrun",
            "under clock.onOverrun: fail included), 2 usage or scenario error, 130 stopped by SIGINT (Ctrl-C),",
            "143 stopped by SIGTERM. A stopped run still writes its traces, summary, manifest and report."})
public final class CarmaCommand implements Runnable {
    /**
     * Whether this command line owns the JVM process ({@link Main#main}): then a run stops cleanly
     * on SIGINT/SIGTERM and a real-time run reads p/r/q from stdin. Off when embedded (tests).
     */
    private final boolean ownsProcess;

    CarmaCommand(boolean ownsProcess) {
        this.ownsProcess = ownsProcess;
    }

    boolean ownsProcess() {
        return ownsProcess;
    }

    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "Print stack traces of errors.")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (see carma --help)");
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"carma " + BuildInfo.version() + " (Java " + System.getProperty("java.version") + ")"};
        }
    }
}
