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

@Command(name = "run", mixinStandardHelpOptions = true, description = "Run a scenario file.")
final class RunCommand implements Callable<Integer> {
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
        return RunLauncher.launch(spec, out != null ? out : RunLauncher.defaultOutDir(spec.name()), System.out);
    }
}
