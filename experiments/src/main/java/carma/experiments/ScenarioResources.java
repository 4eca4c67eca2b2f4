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
 * Loads the scenario files shipped with an experiment (inside the jar under experiments/NAME/), with
 * the experiment's variants as overrides (the same mechanism as {@code carma run --set}).
 */
public final class ScenarioResources {
    private ScenarioResources() {}

    public static ScenarioSpec load(String experiment, String file, ScenarioOverride... overrides) {
        String path = "/experiments/" + experiment + "/" + file;
        try (InputStream in = ScenarioResources.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("experiment resource " + path + " is missing from the build");
            }
            return ScenarioReader.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), List.of(overrides));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
