package carma.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real {@code carma run} processes of each model, in real time so they are still running, stopped
 * by SIGINT, SIGTERM or {@code q} on stdin: each leaves summary, manifest ({@code outcome: stopped}),
 * report and trace files whose last line is complete, and exits with the documented code.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class StoppedRunProcessTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @TempDir
    Path tmp;

    enum Stop { SIGINT, SIGTERM, QUIT_ON_STDIN }

    record Case(String name, String scenario, Stop stop, int exitCode) {}

    @Test
    void everyModelStoppedMidRunKeepsItsOutputsAndExitsWithTheDocumentedCode() throws Exception {
        List<Case> cases = List.of(
                new Case("queue-int", "examples/queue/mm1-md1.yaml", Stop.SIGINT, ExitCodes.STOPPED_BY_SIGINT),
                new Case("ran-int", "examples/aroma/reference.yaml", Stop.SIGINT, ExitCodes.STOPPED_BY_SIGINT),
                new Case("mesh-int", "examples/mesh/danum-vs-fifo.yaml", Stop.SIGINT, ExitCodes.STOPPED_BY_SIGINT),
                new Case("mesh-q", "examples/mesh/danum-vs-fifo.yaml", Stop.QUIT_ON_STDIN, ExitCodes.OK),
                new Case("queue-term", "examples/queue/mm1-md1.yaml", Stop.SIGTERM, ExitCodes.STOPPED_BY_SIGTERM));
        List<Process> processes = new ArrayList<>();
        for (Case c : cases) {
            processes.add(start(c));
        }
        try {
            for (int i = 0; i < cases.size(); i++) {
                awaitRunning(cases.get(i), processes.get(i));
            }
            Thread.sleep(1500); // let every run reach simulated time in real time
            for (int i = 0; i < cases.size(); i++) {
                stop(cases.get(i), processes.get(i));
            }
            for (int i = 0; i < cases.size(); i++) {
                Case c = cases.get(i);
                Process p = processes.get(i);
                assertThat(p.waitFor(60, TimeUnit.SECONDS)).as(c.name() + " ends").isTrue();
                assertThat(p.exitValue()).as(c.name() + " exit code; " + log(c)).isEqualTo(c.exitCode());
                checkOutputs(c);
            }
        } finally {
            processes.forEach(Process::destroyForcibly);
        }
    }

    private Process start(Case c) throws IOException {
        List<String> cmd = new ArrayList<>();
        if (c.stop() == Stop.SIGINT && sigintIgnoredHere()) {
            // a child inherits an ignored SIGINT (tests started in the background); give it the default back
            cmd.addAll(List.of("perl", "-e", "$SIG{INT}='DEFAULT'; exec @ARGV or die \"exec: $!\""));
        }
        cmd.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-XX:TieredStopAtLevel=1", "-cp", testClassPath(), Main.class.getName(),
                "run", ROOT.resolve(c.scenario()).toString(), "--realtime", "--out", out(c).toString()));
        return new ProcessBuilder(cmd).redirectOutput(tmp.resolve(c.name() + ".out").toFile())
                .redirectError(tmp.resolve(c.name() + ".err").toFile()).start();
    }

    private void awaitRunning(Case c, Process p) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!log(c).contains("carma: running")) {
            assertThat(p.isAlive()).as(c.name() + " still running; " + log(c)).isTrue();
            assertThat(System.nanoTime()).as(c.name() + " started in time").isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    private static void stop(Case c, Process p) throws Exception {
        switch (c.stop()) {
            case SIGINT -> kill("-INT", p);
            case SIGTERM -> kill("-TERM", p);
            case QUIT_ON_STDIN -> {
                OutputStream in = p.getOutputStream();
                in.write("q\n".getBytes(StandardCharsets.UTF_8));
                in.flush();
            }
        }
    }

    private static void kill(String signal, Process p) throws Exception {
        // the perl wrapper execs java, so the pid is java's either way
        Process k = new ProcessBuilder("kill", signal, Long.toString(p.pid())).inheritIO().start();
        assertThat(k.waitFor(10, TimeUnit.SECONDS) && k.exitValue() == 0).as("kill " + signal).isTrue();
    }

    private void checkOutputs(Case c) throws IOException {
        Path dir = out(c);
        assertThat(dir.resolve("summary.json")).as(c.name()).exists();
        assertThat(dir.resolve("report.html")).as(c.name()).exists();
        assertThat(dir.resolve("manifest.json")).as(c.name()).content().contains("\"outcome\" : \"stopped\"");
        List<Path> traces;
        try (Stream<Path> files = Files.list(dir)) {
            traces = files.filter(f -> f.toString().endsWith(".csv")).sorted().toList();
        }
        assertThat(traces).as(c.name() + " traces").isNotEmpty();
        for (Path t : traces) {
            String text = Files.readString(t, StandardCharsets.UTF_8);
            assertThat(text).as(t.getFileName() + " of " + c.name() + " ends with a newline").endsWith("\n");
            String[] lines = text.split("\n");
            int columns = columns(lines[0]);
            assertThat(columns(lines[lines.length - 1])).as("columns of the last line of " + t.getFileName() + " of "
                    + c.name()).isEqualTo(columns);
        }
        if (c.scenario().contains("mesh")) {
            assertThat(dir.resolve("summary.json")).content().contains("\"mesh.ledger.consistent\" : true");
        }
    }

    /** Fields of one CSV line (commas inside double quotes do not separate). */
    private static int columns(String line) {
        int n = 1;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (ch == ',' && !quoted) {
                n++;
            }
        }
        return n;
    }

    private String log(Case c) throws IOException {
        Path out = tmp.resolve(c.name() + ".out");
        Path err = tmp.resolve(c.name() + ".err");
        return (Files.exists(out) ? Files.readString(out) : "") + (Files.exists(err) ? Files.readString(err) : "");
    }

    private Path out(Case c) {
        return tmp.resolve(c.name());
    }

    /** The test runtime classpath (surefire may hand the JVM a manifest-only jar instead). */
    private static String testClassPath() {
        String cp = System.getProperty("surefire.test.class.path");
        return cp != null && !cp.isBlank() ? cp : System.getProperty("java.class.path");
    }

    private static boolean sigintIgnoredHere() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return false;
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("SigIgn:")) {
                long mask = Long.parseUnsignedLong(line.substring(7).trim(), 16);
                return (mask & (1L << (2 - 1))) != 0;
            }
        }
        return false;
    }
}
