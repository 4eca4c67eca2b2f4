package carma.cli;

import carma.scenario.ScenarioOverride;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The options that change a scenario before it is read: {@code --seed}, {@code --duration},
 * {@code --set PATH=VALUE}. They become overrides of the YAML tree, so they are checked exactly like
 * the file's own keys (a warm-up longer than {@code --duration} is refused, as in the file).
 */
final class ScenarioOverrides {
    @Option(names = "--seed", description = "Override the scenario's seed (same as --set seed=N).")
    Long seed;

    @Option(names = "--duration", paramLabel = "S",
            description = "Override the simulated duration in seconds (same as --set durationS=S).")
    String durationS;

    @Option(names = "--set", paramLabel = "PATH=VALUE",
            description = "Override one key, checked like the file: e.g. --set ran.hsdpa.scheduler=max-ci, "
                    + "--set mesh.flows[voip].startS=5 (repeatable).")
    List<String> sets = new ArrayList<>();

    List<ScenarioOverride> overrides() {
        List<ScenarioOverride> out = new ArrayList<>();
        if (seed != null) {
            out.add(new ScenarioOverride("seed", Long.toString(seed)));
        }
        if (durationS != null) {
            out.add(new ScenarioOverride("durationS", durationS));
        }
        for (String s : sets) {
            out.add(ScenarioOverride.parse(s));
        }
        return out;
    }
}
