package carma.experiments;

import static org.assertj.core.api.Assertions.assertThat;

import carma.runtime.experiment.Experiment;
import carma.runtime.experiment.ExperimentContext;
import carma.runtime.experiment.ExperimentReport;
import carma.runtime.experiment.ExperimentRunner;
import carma.runtime.experiment.PropertyCheck;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quick tier of the kernel's validation experiment, as CI runs it. */
class QueueValidationQuickTierTest {
    @TempDir
    Path tmp;

    @Test
    void everyPropertyHoldsAndTheReportIsWritten() throws Exception {
        Experiment e = ExperimentCatalog.find("queue-validation").orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExperimentReport r = ExperimentRunner.run(e, new ExperimentContext(tmp, true, 1,
                new PrintStream(OutputStream.nullOutputStream())), new PrintStream(out, true));
        assertThat(r.checks()).hasSize(4);
        assertThat(r.checks()).allSatisfy(c -> assertThat(c.holds()).as(c.toString()).isTrue());
        assertThat(out.toString()).contains("mm1-mean-wait").contains("4 of 4 properties hold");
        assertThat(tmp.resolve("experiment.json")).content().contains("\"allHold\" : true");
        assertThat(tmp.resolve("experiment.html")).exists();
        assertThat(tmp.resolve("rep-01/report.html")).exists();
    }

    @Test
    void aFailingPropertyIsReportedAsSuch() {
        ExperimentReport r = new ExperimentReport("x", java.util.List.of(
                new PropertyCheck("a", "d", "1", "1", "0", true), new PropertyCheck("b", "d", "1", "5", "0", false)),
                java.util.List.of(), java.util.List.of(), java.util.Map.of());
        assertThat(r.allHold()).isFalse();
        assertThat(ExperimentRunner.table(r)).contains("FAILS");
    }
}
