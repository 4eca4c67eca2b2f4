package carma.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import carma.scenario.yaml.ScenarioException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every malformed scenario gets one clear message naming the YAML path and line. */
class MalformedScenarioTest {
    static final Path DIR = Path.of("src/test/resources/malformed");

    static Stream<Arguments> cases() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/malformed-expected.tsv"),
                StandardCharsets.UTF_8);
        return lines.stream().filter(l -> !l.isBlank()).map(l -> l.split("\t", 2))
                .map(p -> Arguments.of(p[0], p[1]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isRejectedWithPathAndLine(String file, String expected) {
        ScenarioException e = catchThrowableOfType(ScenarioException.class,
                () -> ScenarioReader.readFile(DIR.resolve(file)));
        assertThat(e).as(file).isNotNull();
        assertThat(e.getMessage()).contains(expected).doesNotContain("\n").doesNotContain("Exception");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyCaseFileExists(String file, String expected) {
        assertThat(DIR.resolve(file)).exists();
    }

    @org.junit.jupiter.api.Test
    void everyProblemOfAFileIsReportedEachOnItsLineWithTheFile() {
        Path file = DIR.resolve("several-problems.yaml");
        ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> ScenarioReader.readFile(file));
        assertThat(e.problems()).hasSize(4);
        assertThat(e.getMessage().split("\n")).containsExactly(
                file + ": clock.mode (line 5): must be one of virtual, realtime, found 'fast'",
                file + ": queue.queues[0].arrivalRatePerS (line 8): must be below serviceRatePerS (2.0) for a stable"
                        + " queue, found 3.0",
                file + ": queue.queues[1].service (line 9): must be one of exponential, deterministic, found 'gamma'",
                file + ": queue.queues[2].colour (line 10): unknown key 'colour'; known keys here: name,"
                        + " arrivalRatePerS, serviceRatePerS, service");
    }

    @org.junit.jupiter.api.Test
    void aMissingFileIsNamed() {
        assertThatThrownBy(() -> ScenarioReader.readFile(DIR.resolve("nope.yaml")))
                .hasMessageContaining("no such file");
    }
}
