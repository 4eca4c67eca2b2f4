package carma.cli;

import carma.scenario.ScenarioReader;
import carma.scenario.ScenarioSpec;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a scenario file without running it.")
final class ValidateCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "Scenario YAML file.")
    Path file;

    @Mixin
    ScenarioOverrides overrides = new ScenarioOverrides();

    @Override
    public Integer call() {
        ScenarioSpec spec = ScenarioReader.readFile(file, overrides.overrides());
        System.out.printf("%s: valid scenario '%s' (%s; %.0f s, seed %d)%n", file, spec.name(),
                String.join(", ", spec.models().stream().map(m -> m.key()).toList()), spec.durationS(), spec.seed());
        return ExitCodes.OK;
    }
}
