package carma.cli;

import carma.runtime.output.BuildInfo;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code carma} command. */
@Command(name = "carma", mixinStandardHelpOptions = true, versionProvider = CarmaCommand.Version.class,
        description = "Emulate, optimise and operate heterogeneous wireless and mesh networks.",
        subcommands = {RunCommand.class, ValidateCommand.class, DemoCommand.class, ExperimentCommand.class,
            OptimizeCommand.class,
            CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 success, 1 run failure, 2 usage or scenario error."})
public final class CarmaCommand implements Runnable {
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
