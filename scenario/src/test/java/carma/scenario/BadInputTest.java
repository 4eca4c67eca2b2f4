package carma.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import carma.scenario.yaml.ScenarioException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One case per class of hostile scenario input: YAML's number and boolean forms, values the
 * assembler could not run, sizes over the documented limits. Each is read as the value it means or
 * refused with path and line; none crashes.
 */
class BadInputTest {
    private static final String QUEUE = "queue:\n  queues: [{name: q, arrivalRatePerS: 1, serviceRatePerS: 2}]\n";

    private static String scenario(String top) {
        return "name: x\n" + top + "\n" + QUEUE;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "durationS: 1_000 | 1000.0",
        "durationS: 0x1F | 31.0",
        "durationS: 0b101 | 5.0",
        "durationS: 1_0.5 | 10.5",
        "durationS: +12 | 12.0"})
    void yamlNumberFormsAreReadAsTheValuesTheyMean(String line, double expected) {
        assertThat(ScenarioReader.read(scenario(line)).durationS()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "yes | true", "Yes | true", "on | true", "ON | true", "true | true",
        "no | false", "off | false", "Off | false", "false | false"})
    void yamlBooleanWordsAreReadAsTheValuesTheyMean(String word, boolean expected) {
        ScenarioSpec s = ScenarioReader.read(scenario("durationS: 10\noutputs: {traces: " + word + "}"));
        assertThat(s.outputs().traces()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "durationS: .inf | durationS (line 2): must be a finite number, found the number .inf",
        "durationS: -.inf | durationS (line 2): must be a finite number, found the number -.inf",
        "durationS: .nan | durationS (line 2): must be a finite number, found the number .nan",
        "durationS: 1e999 | durationS (line 2): must be a finite number, found the number 1e999",
        "durationS: 017 | durationS (line 2): has a leading zero, found the number 017: write it without (YAML 1.1"
                + " reads it as octal, YAML 1.2 as decimal)",
        "durationS: 1e10 | durationS (line 2): must be at most 1e8 s, about three years (a limit of this carma"
                + " version (docs/scenario-format.md, Limits): split the study into several runs or a sweep), found"
                + " 1.0E10",
        "durationS: 1e-10 | durationS (line 2): must be at least one nanosecond, found 1.0E-10",
        "seed: 0x1F NL durationS: 10 NL clock: {tickMs: 0.01} | clock.tickMs (line 4): must be between 0.1 and 1000,"
                + " found 0.01",
        "seed: 99999999999999999999 NL durationS: 10 | seed (line 2): is too large for a 64-bit integer, found the"
                + " number 99999999999999999999"})
    void unusableNumbersAreRefusedWithPathAndLine(String top, String expected) {
        String text = scenario(top.replace(" NL ", "\n"));
        ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> ScenarioReader.read(text));
        assertThat(e).as(top).isNotNull();
        assertThat(e.getMessage()).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void aLongValueIsShortenedInTheMessage() {
        String longWord = "x".repeat(1_000_000);
        ScenarioException e = catchThrowableOfType(ScenarioException.class,
                () -> ScenarioReader.read(scenario("durationS: " + longWord)));
        assertThat(e.getMessage()).isEqualTo("durationS (line 2): must be a number, found the text '"
                + "x".repeat(37) + "... (1000000 characters)'");
    }

    @org.junit.jupiter.api.Test
    void waypointTimesThatCollapseToOneNanosecondAreRefused() {
        String yaml = "name: x\ndurationS: 10\nmesh:\n  nodes:\n    - name: a\n      xM: 0\n      yM: 0\n"
                + "      path: [{atS: 1e-20, xM: 1, yM: 0}, {atS: 2e-20, xM: 2, yM: 0}]\n";
        ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> ScenarioReader.read(yaml));
        assertThat(e.getMessage()).isEqualTo("mesh.nodes[0].path (line 8): waypoint times must increase by at least a"
                + " nanosecond, found 1.0E-20 s then 2.0E-20 s (path[1])");
    }

    @org.junit.jupiter.api.Test
    void aMeshOverTheNodeLimitIsRefusedBeforeAnythingIsAllocated() {
        String nodes = IntStream.range(0, Limits.MAX_MESH_NODES + 1)
                .mapToObj(i -> "    - {name: n" + i + ", xM: " + i + ", yM: 0}").collect(Collectors.joining("\n"));
        String yaml = "name: x\ndurationS: 10\nmesh:\n  nodes:\n" + nodes + "\n";
        ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> ScenarioReader.read(yaml));
        assertThat(e.getMessage()).isEqualTo("mesh.nodes (line 5): has 2001 nodes; at most 2000 (a limit of this"
                + " carma version (docs/scenario-format.md, Limits): split the study into several runs or a sweep)");
    }

    @org.junit.jupiter.api.Test
    void ranUsersOverTheLimitAndFlowsOverThePacketLimitAreRefused() {
        String ran = "name: x\ndurationS: 10\nran:\n  services: [{name: v, preset: aroma-voice}]\n"
                + "  users: [{count: 600000, service: v}, {count: 600000, service: v}]\n";
        assertThat(catchThrowableOfType(ScenarioException.class, () -> ScenarioReader.read(ran)).getMessage())
                .startsWith("ran.users (line 5): asks for 1200000 emulated users; at most 1000000 (");
        String mesh = "name: x\ndurationS: 1e7\nmesh:\n  nodes: [{name: a, xM: 0, yM: 0}, {name: b, xM: 9, yM: 0}]\n"
                + "  flows: [{name: f, type: cbr, from: a, to: b, intervalMs: 0.01}]\n";
        assertThat(catchThrowableOfType(ScenarioException.class, () -> ScenarioReader.read(mesh)).getMessage())
                .startsWith("mesh.flows (line 5): ask for about 1000000000000 datagrams; at most 1000000000 per run (");
    }

    @org.junit.jupiter.api.Test
    void aFixedMeshRateTheStandardDoesNotHaveIsRefusedAtReading() {
        String yaml = "name: x\ndurationS: 10\nmesh:\n  radio: {standard: 802.11b, fixedRateMbps: 3}\n"
                + "  nodes: [{name: a, xM: 0, yM: 0}]\n";
        ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> ScenarioReader.read(yaml));
        assertThat(e.getMessage()).isEqualTo("mesh.radio.fixedRateMbps (line 4): 802.11b has no 3.0 Mbit/s rate; its"
                + " rates are 1.0, 2.0, 5.5, 11.0 Mbit/s (0 = from the SNR)");
    }

    @org.junit.jupiter.api.Test
    void everyStepOfALongPathIsShortened() {
        String key = "k".repeat(300);
        String yaml = "name: x\ndurationS: 10\nqueue:\n  " + key + ":\n    " + key + ": 1\n"
                + "  queues: [{name: q, arrivalRatePerS: 1, serviceRatePerS: 2}]\n";
        ScenarioException e = catchThrowableOfType(ScenarioException.class, () -> ScenarioReader.read(yaml));
        assertThat(e.getMessage()).startsWith("queue." + "k".repeat(37) + "... (line 5): unknown key '"
                + "k".repeat(37) + "... (300 characters)'").hasSizeLessThan(300);
    }
}
