package carma.cli;

import carma.experiments.ExperimentCatalog;
import carma.runtime.experiment.Experiment;
import carma.runtime.experiment.ExperimentContext;
import carma.runtime.experiment.ExperimentReport;
import carma.runtime.experiment.ExperimentRunner;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "experiment", mixinStandardHelpOptions = true,
        description = "List or run the reproductions of published case studies.",
        subcommands = {ExperimentCommand.ListCommand.class, ExperimentCommand.RunExperiment.class})
final class ExperimentCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "say 'list' or 'run NAME'");
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the experiments.")
    static final class ListCommand implements Callable<Integer> {
        @Override
        public Integer call() {
            for (Experiment e : ExperimentCatalog.all()) {
                System.out.printf("%-36s %s%n", e.name(), e.title());
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "run", mixinStandardHelpOptions = true,
            description = "Run one experiment; exit 0 only if every expected property holds.")
    static final class RunExperiment implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default runs/experiment-NAME-TIMESTAMP).")
        Path out;

        @Option(names = "--quick", description = "The quick tier (what CI runs).")
        boolean quick;

        @Option(names = "--seed", description = "Base seed (default 1).")
        long seed = 1;

        @Override
        public Integer call() throws Exception {
            Experiment e = ExperimentCatalog.find(name).orElseThrow(() -> new UsageError("no experiment '" + name
                    + "'; 'carma experiment list' shows them"));
            Path dir = ExperimentRunner.prepareOutDir(out != null ? out : Path.of("runs", "experiment-" + name + "-"
                    + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"))));
            PrintStream progress = System.console() != null ? System.err : new PrintStream(OutputStream.nullOutputStream());
            System.out.printf("carma: experiment %s (%s tier) -> %s%n", e.name(), quick ? "quick" : "full", dir);
            ExperimentReport r = ExperimentRunner.run(e, new ExperimentContext(dir, quick, seed, progress), System.out);
            return r.allHold() ? ExitCodes.OK : ExitCodes.FAILURE;
        }
    }
}
