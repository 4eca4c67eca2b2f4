package carma.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * Issue 10: one case per class of bad instance input. Each is refused with exit code 2 and exactly
 * the given lines on stderr, each {@code carma: FILE: WHERE: problem}, no stack trace, nothing on
 * stdout.
 */
class OptimizeBadInputTest {
    private static final String VALID = """
            {"routing": "multi-path",
             "users": ["u1", "u2"],
             "maps": [{"id": "m1", "gateway": true, "uplinkBps": 50000000}, {"id": "m2"}],
             "accessLinks": [{"user": "u1", "map": "m1", "rateBps": 54000000},
                             {"user": "u2", "map": "m2", "rateBps": 24000000}],
             "meshLinks": [{"from": "m2", "to": "m1", "rateBps": 36000000}]}
            """;
    private static final String GEOMETRIC = """
            {"flavour": "geometric", "routing": "single-path",
             "radio": {"txPowerDbm": 20, "pathLoss": {"model": "log-distance", "exponent": 3.0}},
             "maps": [{"id": "g", "xM": 0, "yM": 0, "gateway": true, "uplinkBps": 2e7}],
             "users": [{"id": "u", "xM": 10, "yM": 0}]}
            """;

    @TempDir
    Path dir;

    static Stream<Arguments> cases() {
        String longId = "u".repeat(1_000_000);
        return Stream.of(
                Arguments.of("deep nesting", "[".repeat(1001).getBytes(StandardCharsets.US_ASCII), List.of(
                        "line 1, column 34 (byte 33): arrays and objects nested deeper than 32 levels"
                                + " (InstanceLimits.MAX_NESTING_DEPTH)")),
                Arguments.of("1,001-digit number", ("{\"epsilon\": " + "1".repeat(1001) + "}")
                        .getBytes(StandardCharsets.US_ASCII), List.of(
                        "line 1, column 1014 (byte 1013): a number longer than 64 characters"
                                + " (InstanceLimits.MAX_NUMBER_CHARS)")),
                Arguments.of("byte 0xFF", new byte[] {(byte) 0xFF}, List.of(
                        "line 1, column 1 (byte 0): not UTF-8 text (byte 0xFF)")),
                Arguments.of("duplicate key", bytes(VALID.replace("\"routing\": \"multi-path\",",
                        "\"routing\": \"multi-path\", \"routing\": \"single-path\",")), List.of(
                        "line 1, column 36 (byte 35): not valid JSON: Duplicate field 'routing'")),
                Arguments.of("text after the document", bytes(VALID + "{}"), List.of(
                        "line 7, column 1 (byte 329): text after the end of the JSON document")),
                Arguments.of("exponent 0", bytes(GEOMETRIC.replace("\"exponent\": 3.0", "\"exponent\": 0")), List.of(
                        "$.radio.pathLoss.exponent: must be in [1, 10], got 0")),
                Arguments.of("denormal uplink", bytes(VALID.replace("\"uplinkBps\": 50000000", "\"uplinkBps\": 5e-320")),
                        List.of("$.maps[0].uplinkBps: must be in [1, 1e12] bit/s, got 5.0E-320")),
                Arguments.of("huge access rate", bytes(VALID.replace("54000000", "1.79e308")), List.of(
                        "$.accessLinks[0].rateBps: must be in [1, 1e12] bit/s, got 1.79E308")),
                Arguments.of("infinite number", bytes(VALID.replace("24000000", "1e999")), List.of(
                        "$.accessLinks[1].rateBps: must be in [1, 1e12] bit/s, got Infinity")),
                Arguments.of("a million-character id", bytes(VALID.replace("\"u2\"]", "\"" + longId + "\"]")), List.of(
                        "$.users[1]: 'uuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuuu... (1000000 characters)' is longer than"
                                + " 256 characters")),
                Arguments.of("too many users", bytes(VALID.replace("[\"u1\", \"u2\"]",
                        "[" + "\"u\",".repeat(10_000) + "\"u\"]")), List.of(
                        "$.users: 10001 elements, more than the limit of 10000 (InstanceLimits)")),
                Arguments.of("every problem of the file", bytes(VALID.replace("\"multi-path\"", "3")
                        .replace("\"rateBps\": 24000000", "\"rateBps\": 0, \"snr\": 1")), List.of(
                        "$.routing: expected a string, found the number 3",
                        "$.accessLinks[1]: unknown key 'snr' (allowed: map, rateBps, user)",
                        "$.accessLinks[1].rateBps: must be in [1, 1e12] bit/s, got 0")),
                Arguments.of("inconsistent instance", bytes(VALID.replace("\"user\": \"u2\"", "\"user\": \"u7\"")),
                        List.of("accessLinks[1] (u7-m2): unknown user 'u7'")));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void refusesWithExitCode2AndOneLinePerProblemNamingTheFile(String name, byte[] content, List<String> problems)
            throws Exception {
        Path file = Files.write(dir.resolve("bad.json"), content);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new OptimizeCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));

        int code = cli.execute(file.toString(), "--method", "heuristic");

        assertThat(code).isEqualTo(2);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString().lines().toList())
                .containsExactlyElementsOf(problems.stream().map(p -> "carma: " + file + ": " + p).toList());
    }

    @org.junit.jupiter.api.Test
    void debugAddsTheStackTrace() throws Exception {
        Path file = Files.write(dir.resolve("bad.json"), new byte[] {(byte) 0xFF});
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(new StringWriter()));
        cli.setErr(new PrintWriter(err));

        int code = cli.execute("optimize", file.toString(), "--debug");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString().lines().findFirst()).hasValue("carma: " + file
                + ": line 1, column 1 (byte 0): not UTF-8 text (byte 0xFF)");
        assertThat(err.toString()).contains("InstanceFileError").contains("\tat carma.optimization.io.StrictJson");
    }
}
