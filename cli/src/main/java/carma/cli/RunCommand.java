package carma.cli;

import carma.scenario.ClockSpec;
import carma.scenario.ScenarioReader;
import carma.scenario.ScenarioSpec;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "run", mixinStandardHelpOptions = true, description = "Run a scenario file.",
        footer = {"", "A real-time run reads p (pause), r (resume) and q (stop) from stdin. However a run ends (its end",
            "time, q, Ctrl-C, SIGTERM, a real-time overrun), it writes its traces, summary.json, manifest.json",
            "(outcome completed, stopped or failed, and the simulated time reached) and report.html.",
            "Exit codes: 0 completed or stopped with q; 1 failed (e.g. an overrun under clock.onOverrun: fail);",
            "2 usage or scenario error; 130 stopped by SIGINT (Ctrl-C); 143 stopped by SIGTERM."})
final class RunCommand implements Callable<Integer> {
    @ParentCommand
    CarmaCommand parent;

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
        return RunLauncher.launch(spec, out != null ? out : RunLauncher.defaultOutDir(spec.name()), System.out,
                parent.ownsProcess());
    }
}
