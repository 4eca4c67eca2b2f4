package carma.cli;

import carma.scenario.ClockSpec;
import carma.scenario.ScenarioOverride;
import carma.scenario.ScenarioReader;
import carma.scenario.ScenarioSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Mixin
    ScenarioOverrides overrides = new ScenarioOverrides();

    @Option(names = "--realtime", description = "Pace the run to the wall clock.")
    boolean realtime;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default runs/NAME-TIMESTAMP).")
    Path out;

    @Override
    public Integer call() {
        List<ScenarioOverride> changes = new ArrayList<>(overrides.overrides());
        if (realtime) {
            changes.add(new ScenarioOverride("clock.mode", ClockSpec.Mode.REALTIME.word()));
        }
        ScenarioSpec spec = ScenarioReader.readFile(file, changes);
        return RunLauncher.launch(spec, out != null ? out : RunLauncher.defaultOutDir(spec.name()), System.out,
                parent.ownsProcess());
    }
}
