package carma.scenario.ran;

import carma.scenario.RanSection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import carma.kernel.report.RunObserver;
import carma.kernel.report.RunReport;
import carma.scenario.Assembler;
import carma.scenario.EffectiveScenarioWriter;
import carma.scenario.Emulation;
import carma.scenario.ScenarioOverride;
import carma.scenario.ScenarioReader;
import carma.scenario.ScenarioSpec;
import carma.scenario.yaml.ScenarioException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class RanScenarioTest {
    private static String reference() throws Exception {
        return Files.readString(Path.of("../examples/aroma/reference.yaml"), StandardCharsets.UTF_8);
    }

    @Test
    void theReferenceScenarioReadsAssemblesAndRuns() throws Exception {
        // 20 s with AROMA's ramp: the first sessions arrive during the run (the reference's
        // stationary start and 60 s warm-up are for its full length)
        String yaml = reference().replace("durationS: 300", "durationS: 20").replace("sessionStart: stationary",
                "sessionStart: ramp").replace("warmupS: 60", "warmupS: 0");
        ScenarioSpec spec = ScenarioReader.read(yaml);
        RanSection ran = spec.section(RanSection.class);
        assertThat(ran.users()).extracting(RanSection.UserGroupSpec::count).containsExactly(500, 300, 200);
        assertThat(ran.userUnderTest().service()).isEqualTo("uut-video");
        Emulation e = Assembler.assemble(spec);
        e.simulator().run();
        RunReport report = new RunReport();
        for (RunObserver o : e.observers()) {
            o.contribute(report);
        }
        assertThat((Long) report.headline().get("ran.sessions.accepted")).isGreaterThan(100L);
        assertThat((Double) report.headline().get("ran.conversational.throughputKbps")).isPositive();
        assertThat(report.figures()).extracting(f -> f.id()).contains("ran-throughput-per-class", "ran-uut-cqi");
    }

    @Test
    void errorsNameThePathAndLine() throws Exception {
        String badService = reference().replace("{count: 300, service: web,", "{count: 300, service: wep,");
        assertThatThrownBy(() -> ScenarioReader.read(badService)).isInstanceOf(ScenarioException.class)
                .hasMessageContaining("ran.users").hasMessageContaining("wep").hasMessageContaining("line");
        String unknownKey = reference().replace("    codes: 15", "    codes: 15\n    colour: red");
        assertThatThrownBy(() -> ScenarioReader.read(unknownKey)).isInstanceOf(ScenarioException.class)
                .hasMessageContaining("ran.hsdpa.colour");
        String badScheduler = reference().replace("scheduler: proportional-fair", "scheduler: fastest");
        assertThatThrownBy(() -> ScenarioReader.read(badScheduler)).hasMessageContaining("max-ci, round-robin");
    }

    @Test
    void aServicesInitialSpreadAndTheUutsDepartureAreReadCheckedAndWrittenBack() throws Exception {
        ScenarioSpec defaults = ScenarioReader.read(reference());
        RanSection d = defaults.section(RanSection.class);
        assertThat(d.services()).extracting(RanSection.ServiceSpec::initialSpreadS).containsExactly(100.0, 100.0, 100.0,
                100.0);
        assertThat(((RanSection.MovingUut) d.userUnderTest()).departS()).isZero();

        ScenarioSpec set = ScenarioReader.read(reference(), List.of(
                ScenarioOverride.parse("ran.services[video].initialSpreadS=300"),
                ScenarioOverride.parse("ran.services[uut-video].initialSpreadS=2"),
                ScenarioOverride.parse("ran.userUnderTest.departS=120")));
        RanSection ran = set.section(RanSection.class);
        assertThat(ran.services()).extracting(RanSection.ServiceSpec::initialSpreadS).containsExactly(100.0, 100.0, 300.0,
                2.0);
        assertThat(((RanSection.MovingUut) ran.userUnderTest()).departS()).isEqualTo(120.0);
        assertThat(ScenarioReader.read(EffectiveScenarioWriter.toYaml(set))).isEqualTo(set);

        assertThatThrownBy(() -> ScenarioReader.read(reference(),
                List.of(ScenarioOverride.parse("ran.services[video].initialSpreadS=0"))))
                .isInstanceOf(ScenarioException.class).hasMessageContaining("ran.services[2].initialSpreadS");
        assertThatThrownBy(() -> ScenarioReader.read(reference(),
                List.of(ScenarioOverride.parse("ran.userUnderTest.departS=400"))))
                .isInstanceOf(ScenarioException.class).hasMessageContaining("ran.userUnderTest.departS");
        String fixed = reference().replace("mode: back-and-forth", "mode: fixed")
                .replace("waypointsM: [[1600, 700], [2000, 1300], [3200, 700]]", "waypointsM: [[1600, 700]]")
                .replace("    speedKmh: 50\n", "");
        assertThatThrownBy(() -> ScenarioReader.read(fixed, List.of(ScenarioOverride.parse("ran.userUnderTest.departS=10"))))
                .isInstanceOf(ScenarioException.class).hasMessageContaining("ran.userUnderTest.departS");
    }
}
