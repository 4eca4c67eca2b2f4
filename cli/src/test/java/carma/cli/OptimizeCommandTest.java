package carma.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class OptimizeCommandTest {
    private static final String ISSUE_EXAMPLE = """
            {
              "routing": "multi-path",
              "epsilon": 0.0,
              "users": ["u1", "u2"],
              "maps": [{"id": "m1", "gateway": true, "uplinkBps": 50000000},
                       {"id": "m2", "gateway": false}],
              "accessLinks": [{"user": "u1", "map": "m1", "rateBps": 54000000},
                              {"user": "u2", "map": "m2", "rateBps": 24000000}],
              "meshLinks": [{"from": "m2", "to": "m1", "rateBps": 36000000}],
              "collisionDomains": [{"link": ["m2", "m1"], "interferes": [["m2", "m1"]]}]
            }
            """;

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new OptimizeCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void exactOnTheIssueExampleWritesTheResultJson() throws Exception {
        Path instance = Files.writeString(dir.resolve("example.json"), ISSUE_EXAMPLE);
        Path json = dir.resolve("result.json");

        int code = run(instance.toString(), "--method", "exact", "--solver", "cbc", "--time-limit", "10", "--json",
                json.toString());

        assertThat(code).isZero();
        assertThat(err.toString()).isEmpty();
        JsonNode result = new ObjectMapper().readTree(json.toFile());
        assertThat(result.get("method").asText()).isEqualTo("exact");
        assertThat(result.get("solver").asText()).isEqualTo("CBC");
        assertThat(result.get("status").asText()).isEqualTo("OPTIMAL");
        // u1 alone at m1 gets 54 Mbit/s of airtime but shares the 50 Mbit/s uplink; u2 is limited by
        // its access link (24 Mbit/s) -> max-min t = 24 Mbit/s (24 + 24 <= 50, 24/36 <= 1)
        assertThat(result.get("minRateBps").asDouble()).isCloseTo(24e6, org.assertj.core.data.Offset.offset(10.0));
        assertThat(out.toString()).contains("min rate     24.000 Mbit/s").contains("users >= 1 Mbit/s  2 / 2");
    }

    @Test
    void badInstanceGivesOneLineAndExitCode2() throws Exception {
        Path instance = Files.writeString(dir.resolve("bad.json"), ISSUE_EXAMPLE.replace("\"u2\", \"map\"", "\"u7\", \"map\""));

        int code = run(instance.toString(), "--method", "heuristic");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo("carma: " + instance + ": accessLinks[1] (u7-m2): unknown user 'u7'");
        assertThat(err.toString().lines()).hasSize(1);
    }

    @Test
    void unknownMethodAndMissingFileAreUsageErrors() {
        assertThat(run("x.json", "--method", "magic")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown method 'magic'");
        assertThat(run(dir.resolve("missing.json").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("no such file");
        assertThat(run()).isEqualTo(2);
    }

    @Test
    void generateThenCompareWritesTableAndPlots() throws Exception {
        Path instances = dir.resolve("instances");
        assertThat(run("--generate", "3", "--out", instances.toString(), "--users", "12", "--maps", "9",
                "--gateways", "1", "--seed", "5")).isZero();
        assertThat(Files.list(instances)).hasSize(3);

        Path emitted = dir.resolve("explicit.json");
        Path first = Files.list(instances).sorted().findFirst().orElseThrow();
        assertThat(run(first.toString(), "--method", "rssi", "--emit-explicit", emitted.toString())).isZero();
        assertThat(Files.readString(emitted)).contains("\"collisionDomains\"");
        // the README's sequence: a result written next to the instances must not stop --compare
        assertThat(run(first.toString(), "--method", "heuristic", "--json", instances.resolve("heuristic.json")
                .toString())).isZero();

        Path report = dir.resolve("report");
        int code = run("--compare", instances.toString(), "--out", report.toString(), "--time-limit", "20");

        assertThat(code).as(err.toString()).isZero();
        assertThat(report.resolve("compare.csv")).exists();
        assertThat(Files.readAllLines(report.resolve("compare.csv"))).hasSize(4);
        assertThat(report.resolve("ratio-distribution.png")).isNotEmptyFile();
        assertThat(report.resolve("users-1mbps.png")).isNotEmptyFile();
        assertThat(report.resolve("solve-time.png")).isNotEmptyFile();
        assertThat(out.toString()).contains("heuristic/optimal over 3 optimal instances")
                .contains("skipped 1 file(s) that are not instances (no users and maps): heuristic.json");
    }
}
