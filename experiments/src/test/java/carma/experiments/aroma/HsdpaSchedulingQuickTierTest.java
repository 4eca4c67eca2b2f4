package carma.experiments.aroma;

import static org.assertj.core.api.Assertions.assertThat;

import carma.runtime.experiment.ExperimentContext;
import carma.runtime.experiment.ExperimentReport;
import carma.runtime.experiment.ExperimentRunner;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quick tier of AROMA case study I, as CI runs it: every property of §8.1 holds. */
class HsdpaSchedulingQuickTierTest {
    @TempDir
    Path tmp;

    @Test
    void maxCiAndRoundRobinBehaveAsInFigures18And19() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExperimentReport r = ExperimentRunner.run(new HsdpaSchedulingExperiment(), new ExperimentContext(tmp, true, 1,
                new PrintStream(OutputStream.nullOutputStream())), new PrintStream(out, true));
        assertThat(r.checks()).hasSize(10);
        assertThat(r.checks()).allSatisfy(c -> assertThat(c.holds()).as(c + "\n" + out).isTrue());
        assertThat(r.figures()).hasSize(10);
        assertThat(tmp.resolve("uut-windows-max-ci.csv")).exists();
        assertThat(tmp.resolve("experiment.html")).exists();
        assertThat(AromaExperiments.all()).extracting(e -> e.name()).containsExactly("aroma-hsdpa-scheduling");
    }
}
