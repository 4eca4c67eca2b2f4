package carma.experiments;

import carma.scenario.ScenarioOverride;
import carma.scenario.ScenarioReader;
import carma.scenario.ScenarioSpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Loads the scenario files shipped with an experiment (inside the jar under experiments/NAME/, or an
 * example under examples/ when the experiment's set-up is one), with the experiment's variants as
 * overrides (the same mechanism as {@code carma run --set}).
 */
public final class ScenarioResources {
    private ScenarioResources() {}

    public static ScenarioSpec load(String experiment, String file, ScenarioOverride... overrides) {
        return read("/experiments/" + experiment + "/" + file, List.of(overrides));
    }

    /** An example scenario, e.g. {@code mesh/danum-vs-fifo.yaml}, with overrides. */
    public static ScenarioSpec example(String file, List<ScenarioOverride> overrides) {
        return read("/examples/" + file, overrides);
    }

    private static ScenarioSpec read(String path, List<ScenarioOverride> overrides) {
        try (InputStream in = ScenarioResources.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("experiment resource " + path + " is missing from the build");
            }
            return ScenarioReader.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), overrides);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
