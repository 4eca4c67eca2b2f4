package carma.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import carma.kernel.queueing.ServiceTimeDistribution;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ScenarioReaderTest {
    private static final String MINIMAL = "name: tiny\ndurationS: 60\nqueue:\n  queues:\n"
            + "    - {name: q, arrivalRatePerS: 1, serviceRatePerS: 2}\n";

    @Test
    void defaultsAreFilledIn() {
        ScenarioSpec s = ScenarioReader.read(MINIMAL);
        assertThat(s.schemaVersion()).isEqualTo(1);
        assertThat(s.seed()).isEqualTo(1);
        assertThat(s.clock()).isEqualTo(ClockSpec.DEFAULT);
        assertThat(s.outputs()).isEqualTo(OutputsSpec.DEFAULT);
        QueueSection q = s.section(QueueSection.class);
        assertThat(q.warmupS()).isEqualTo(6);
        assertThat(q.sampleIntervalMs()).isEqualTo(100);
        assertThat(q.queues().get(0).service()).isEqualTo(ServiceTimeDistribution.EXPONENTIAL);
    }

    @Test
    void theEffectiveScenarioReadsBackToTheSameSpec() {
        ScenarioSpec s = ScenarioReader.readFile(Path.of("../examples/queue/mm1-md1.yaml"));
        String yaml = EffectiveScenarioWriter.toYaml(s);
        assertThat(ScenarioReader.read(yaml)).isEqualTo(s);
        assertThat(yaml).contains("onOverrun: best-effort").contains("warmupS: 200");
        ScenarioSpec minimal = ScenarioReader.read(MINIMAL);
        assertThat(ScenarioReader.read(EffectiveScenarioWriter.toYaml(minimal))).isEqualTo(minimal);
    }

    @Test
    void assemblyWiresTheQueuesAndAnObserver() {
        Emulation e = Assembler.assemble(ScenarioReader.read(MINIMAL));
        assertThat(e.observers()).hasSize(1);
        assertThat(e.simulator().endNs()).isEqualTo(60_000_000_000L);
        assertThat(e.simulator().isRealTime()).isFalse();
    }
}
