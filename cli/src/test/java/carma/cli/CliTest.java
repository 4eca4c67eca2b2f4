package carma.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

class CliTest {
    @TempDir
    Path tmp;

    record Result(int code, String out, String err) {}

    static Result exec(String... args) {
        StringWriter err = new StringWriter();
        StringWriter out = new StringWriter();
        PrintStream oldOut = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            CommandLine cl = Main.commandLine();
            cl.setErr(new PrintWriter(err, true));
            cl.setOut(new PrintWriter(out, true));
            int code = cl.execute(args);
            return new Result(code, out + captured.toString(StandardCharsets.UTF_8), err.toString());
        } finally {
            System.setOut(oldOut);
        }
    }

    @Test
    void helpListsTheCommandsAndExitsZero() {
        Result r = exec("--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("run", "validate", "demo", "experiment", "Exit codes");
    }

    @Test
    void versionPrintsTheCarmaVersion() {
        Result r = exec("--version");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("carma 0.1.0");
    }

    @Test
    void unknownOptionsAndCommandsAreUsageErrors() {
        assertThat(exec("--bogus").code()).isEqualTo(2);
        assertThat(exec("fly").code()).isEqualTo(2);
        Result r = exec("run");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("Missing required parameter");
        assertThat(exec().code()).isEqualTo(2);
    }

    @Test
    void validateAcceptsTheExample() {
        Result r = exec("validate", "../examples/queue/mm1-md1.yaml");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("valid scenario 'mm1-md1-validation'");
    }

    static Stream<String> malformed() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("../scenario/src/test/resources/malformed"))) {
            return s.map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void malformedScenariosExitTwoWithOneLinePerProblemAndNoStackTrace(String file) {
        Path p = Path.of("../scenario/src/test/resources/malformed").resolve(file);
        for (String cmd : List.of("validate", "run")) {
            Result r = cmd.equals("run") ? exec(cmd, p.toString(), "--out", tmp.resolve(file).toString())
                    : exec(cmd, p.toString());
            assertThat(r.code()).as(cmd + " " + file).isEqualTo(2);
            assertThat(r.err().strip()).doesNotContain("\tat ").doesNotContain("Exception");
            assertThat(r.err().strip().split("\n")).allSatisfy(line -> assertThat(line).startsWith("carma: " + p));
            assertThat(r.err().strip().split("\n")).hasSize(file.equals("several-problems.yaml") ? 4 : 1);
            assertThat(r.err()).containsPattern("\\(line \\d+\\)|scenario: |not UTF-8|not text");
        }
    }

    @Test
    void debugShowsTheStackTrace() {
        Result r = exec("--debug", "validate", "../scenario/src/test/resources/malformed/unknown-top-key.yaml");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("\tat carma.");
    }

    @Test
    void aMissingFileIsAUsageError() {
        Result r = exec("validate", "no-such.yaml");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("no such file: no-such.yaml");
    }

    @Test
    void runWritesTheOutputFolderAndOverridesSeedAndDuration() {
        Path out = tmp.resolve("run");
        Result r = exec("run", "../examples/queue/mm1-md1.yaml", "--seed", "9", "--duration", "400", "--out",
                out.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("completed after 400.0 s simulated").contains("mm1.meanWaitS");
        assertThat(out.resolve("manifest.json")).content().contains("\"seed\" : 9");
        assertThat(out.resolve("report.html")).exists();
    }

    @Test
    void aNonEmptyOutputFolderIsRefused() throws IOException {
        Files.writeString(tmp.resolve("keep.txt"), "precious");
        Result r = exec("run", "../examples/queue/mm1-md1.yaml", "--out", tmp.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("is not empty");
        assertThat(tmp.resolve("keep.txt")).hasContent("precious");
    }

    @Test
    void badDurationIsAUsageError() {
        Result r = exec("run", "../examples/queue/mm1-md1.yaml", "--duration", "-3", "--out", tmp.resolve("x").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("durationS (command line): must be a positive number, found -3");
    }

    @Test
    void aDurationOverrideIsCheckedLikeTheFile() {
        // the example's 200 s warm-up does not fit in 20 s: refused before anything runs
        Result r = exec("run", "../examples/queue/mm1-md1.yaml", "--realtime", "--duration", "20", "--out",
                tmp.resolve("x").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("queue.warmupS (line").contains("must be shorter than durationS (20.0 s)");
        assertThat(tmp.resolve("x")).doesNotExist();
    }

    @Test
    void setOverridesAKeyAndNamesItInErrors() {
        Result ok = exec("validate", "../examples/mesh/danum-vs-fifo.yaml", "--set", "mesh.scheduler=fifo", "--set",
                "mesh.flows[voip].startS=5");
        assertThat(ok.code()).isZero();
        Result bad = exec("validate", "../examples/mesh/danum-vs-fifo.yaml", "--set", "mesh.scheduler=lifo");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("mesh.scheduler (command line): must be one of danum, fifo, found 'lifo'");
        Result unknown = exec("validate", "../examples/mesh/danum-vs-fifo.yaml", "--set", "mesh.flows[nope].startS=5");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("no item named 'nope' (named items: voip, ftp)");
    }

    @Test
    void demoRunsTheEmbeddedDefault() {
        Result r = exec("demo", "--out", tmp.resolve("demo").toString(), "--seed", "3");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("running 'aroma-reference'").contains("ran.sessions.accepted");
        assertThat(tmp.resolve("demo/report.html")).exists();
        assertThat(tmp.resolve("demo/manifest.json")).content().contains("\"seed\" : 3");
    }

    @Test
    void experimentListShowsTheQueueValidationFirst() {
        Result r = exec("experiment", "list");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("queue-validation");
        assertThat(exec("experiment", "run", "nope").code()).isEqualTo(2);
    }
}
