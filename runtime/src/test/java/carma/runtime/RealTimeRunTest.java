package carma.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import carma.scenario.ScenarioOverride;
import carma.scenario.ScenarioReader;
import carma.scenario.ScenarioSpec;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RealTimeRunTest {
    @TempDir
    Path tmp;

    @Test
    void aFiveSecondRealTimeRunTakesFiveSecondsOfWallTimeAndReportsTickLateness() {
        ScenarioSpec spec = ScenarioReader.read(RunDeterminismTest.SCENARIO.replace("durationS: 300", "durationS: 5")
                .replace("warmupS: 10", "warmupS: 1"), List.of(new ScenarioOverride("clock.mode", "realtime")));
        long t0 = System.nanoTime();
        RunResult r = Run.prepare(spec, new RunOptions(tmp.resolve("rt"), null)).execute();
        double simPartS = r.manifest().wallS();
        assertThat(r.failed()).isFalse();
        // the simulated 5 s must take 5 s of wall time within 2 % (output writing excluded)
        assertThat(simPartS).isBetween(4.9, 5.1);
        assertThat((System.nanoTime() - t0) / 1e9).isGreaterThanOrEqualTo(5.0);
        assertThat(r.manifest().tickLateness()).containsKeys("ticks", "p50Ms", "p99Ms", "maxMs", "lateTicks");
        assertThat(((Number) r.manifest().tickLateness().get("ticks")).longValue()).isEqualTo(500);
        assertThat(tmp.resolve("rt/manifest.json")).content().contains("\"clockMode\" : \"realtime\"")
                .contains("p99Ms");
    }
}
