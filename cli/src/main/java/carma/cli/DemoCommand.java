package carma.cli;

import carma.scenario.ScenarioReader;
import carma.scenario.ScenarioSpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run the built-in default scenario and write its report.")
final class DemoCommand implements Callable<Integer> {
    @ParentCommand
    CarmaCommand parent;

    /** The embedded default scenario (a copy of examples/ travels inside the jar). */
    static final String DEFAULT_SCENARIO = "/examples/aroma/reference.yaml";

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default runs/demo-TIMESTAMP).")
    Path out;

    @Mixin
    ScenarioOverrides overrides = new ScenarioOverrides();

    @Override
    public Integer call() {
        ScenarioSpec spec = ScenarioReader.read(load(DEFAULT_SCENARIO), overrides.overrides());
        return RunLauncher.launch(spec, out != null ? out : RunLauncher.defaultOutDir("demo"), System.out,
                parent.ownsProcess());
    }

    static String load(String resource) {
        try (InputStream in = DemoCommand.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("built-in scenario " + resource + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
