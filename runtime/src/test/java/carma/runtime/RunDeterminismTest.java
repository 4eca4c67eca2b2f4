package carma.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import carma.scenario.ScenarioOverride;
import carma.scenario.ScenarioReader;
import carma.scenario.ScenarioSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunDeterminismTest {
    static final String SCENARIO = "name: det\nseed: 5\ndurationS: 300\nqueue:\n  warmupS: 10\n  queues:\n"
            + "    - {name: mm1, arrivalRatePerS: 7, serviceRatePerS: 10}\n"
            + "    - {name: md1, arrivalRatePerS: 7, serviceRatePerS: 10, service: deterministic}\n";

    @TempDir
    Path tmp;

    private Path run(ScenarioSpec spec, String dir) {
        return Run.prepare(spec, new RunOptions(tmp.resolve(dir), null)).execute().outDir();
    }

    private static List<Path> csvs(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        }
    }

    @Test
    void sameScenarioAndSeedGiveByteIdenticalTraces() throws IOException {
        ScenarioSpec spec = ScenarioReader.read(SCENARIO);
        Path a = run(spec, "a");
        Path b = run(spec, "b");
        List<Path> filesA = csvs(a);
        assertThat(filesA).extracting(p -> p.getFileName().toString())
                .containsExactly("queue-customer.csv", "queue-sample.csv");
        for (Path f : filesA) {
            assertThat(Files.readAllBytes(b.resolve(f.getFileName()))).as(f.getFileName().toString())
                    .isEqualTo(Files.readAllBytes(f));
        }
        assertThat(Files.readString(a.resolve("summary.json"))).isEqualTo(Files.readString(b.resolve("summary.json")));
    }

    @Test
    void aDifferentSeedGivesDifferentTraces() throws IOException {
        ScenarioSpec spec = ScenarioReader.read(SCENARIO);
        Path a = run(spec, "a");
        Path c = run(ScenarioReader.read(SCENARIO, List.of(new ScenarioOverride("seed", "6"))), "c");
        assertThat(Files.readAllBytes(c.resolve("queue-customer.csv")))
                .isNotEqualTo(Files.readAllBytes(a.resolve("queue-customer.csv")));
    }

    @Test
    void addingAComponentDoesNotChangeAnotherComponentsRandomStream() throws IOException {
        ScenarioSpec one = ScenarioReader.read("name: one\nseed: 5\ndurationS: 200\nqueue:\n  warmupS: 10\n  queues:\n"
                + "    - {name: mm1, arrivalRatePerS: 7, serviceRatePerS: 10}\n");
        ScenarioSpec two = ScenarioReader.read(SCENARIO.replace("durationS: 300", "durationS: 200"));
        List<String> mm1Alone = mm1Rows(run(one, "one"));
        List<String> mm1WithMd1 = mm1Rows(run(two, "two"));
        assertThat(mm1Alone).hasSizeGreaterThan(1000).isEqualTo(mm1WithMd1);
    }

    private static List<String> mm1Rows(Path dir) throws IOException {
        try (Stream<String> lines = Files.lines(dir.resolve("queue-customer.csv"))) {
            return lines.filter(l -> l.contains(",mm1,")).toList();
        }
    }

    @Test
    void everyRunWritesItsOutputFolder() throws IOException {
        Path a = run(ScenarioReader.read(SCENARIO), "a");
        assertThat(a.resolve("effective-scenario.yaml")).exists();
        assertThat(a.resolve("manifest.json")).content().contains("\"seed\" : 5").contains("\"outcome\" : \"completed\"")
                .contains("scenarioSha256");
        assertThat(a.resolve("summary.json")).content().contains("mm1.meanWaitS");
        assertThat(a.resolve("report.html")).content().contains("<img src=\"queue-length.png\"")
                .contains("Pollaczek");
        assertThat(a.resolve("queue-length.png")).isNotEmptyFile();
        assertThat(ScenarioReader.readFile(a.resolve("effective-scenario.yaml")))
                .isEqualTo(ScenarioReader.read(SCENARIO));
    }
}
