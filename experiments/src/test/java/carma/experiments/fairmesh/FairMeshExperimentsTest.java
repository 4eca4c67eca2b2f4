package carma.experiments.fairmesh;

import static org.assertj.core.api.Assertions.assertThat;

import carma.runtime.experiment.Experiment;
import carma.runtime.experiment.ExperimentContext;
import carma.runtime.experiment.ExperimentReport;
import carma.runtime.experiment.PropertyCheck;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs the quick tier of each fair-mesh experiment and requires every property to hold. */
class FairMeshExperimentsTest {
    @TempDir
    Path dir;

    static java.util.List<Experiment> experiments() {
        return FairMeshExperiments.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("experiments")
    void quickTierHoldsEveryProperty(Experiment experiment) throws Exception {
        Path out = Files.createDirectories(dir.resolve(experiment.name()));
        ExperimentReport report = experiment.run(new ExperimentContext(out, true, 1,
                new PrintStream(OutputStream.nullOutputStream())));

        assertThat(report.name()).isEqualTo(experiment.name());
        assertThat(report.checks()).isNotEmpty();
        for (PropertyCheck check : report.checks()) {
            assertThat(check.holds()).as("%s: published %s, measured %s", check.id(), check.published(),
                    check.measured()).isTrue();
        }
        assertThat(report.allHold()).isTrue();
        assertThat(report.figures()).isNotEmpty();
        try (var files = Files.list(out)) {
            assertThat(files.filter(p -> p.toString().endsWith(".csv"))).isNotEmpty();
        }
    }
}
