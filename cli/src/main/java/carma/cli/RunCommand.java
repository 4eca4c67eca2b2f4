package carma.cli;

import carma.scenario.ClockSpec;
import carma.scenario.ScenarioReader;
import carma.scenario.ScenarioSpec;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "run", mixinStandardHelpOptions = true, description = "Run a scenario file.")
final class RunCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "Scenario YAML file.")
    Path file;

    @Option(names = "--seed", description = "Override the scenario's seed.")
    Long seed;

    @Option(names = "--duration", paramLabel = "S", description = "Override the simulated duration, seconds.")
    Double durationS;

    @Option(names = "--realtime", description = "Pace the run to the wall clock.")
    boolean realtime;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default runs/NAME-TIMESTAMP).")
    Path out;

    @Override
    public Integer call() {
        ScenarioSpec spec = ScenarioReader.readFile(file);
        if (seed != null) {
            spec = spec.withSeed(seed);
        }
        if (durationS != null) {
            if (!(durationS > 0)) {
                throw new UsageError("--duration must be a positive number of seconds, got " + durationS);
            }
            spec = spec.withDurationS(durationS);
        }
        if (realtime) {
            spec = spec.withClock(spec.clock().withMode(ClockSpec.Mode.REALTIME));
        }
        return RunLauncher.launch(spec, out != null ? out : RunLauncher.defaultOutDir(spec.name()), System.out);
    }
}
