package carma.experiments.carmnet;

import static org.assertj.core.api.Assertions.assertThat;

import carma.experiments.ExperimentCatalog;
import carma.runtime.experiment.Experiment;
import carma.runtime.experiment.ExperimentContext;
import carma.runtime.experiment.ExperimentReport;
import carma.runtime.experiment.ExperimentRunner;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The quick tier of the CARMNET reproductions, as CI runs it: every property holds, ledgers are written. */
class CarmnetQuickTierTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"carmnet-coverage-extension", "carmnet-seamless-handover", "danum-vs-fifo",
            "danum-soft-admission"})
    void everyPropertyHolds(String name) throws Exception {
        Experiment e = ExperimentCatalog.find(name).orElseThrow();
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        ExperimentReport r = ExperimentRunner.run(e, new ExperimentContext(tmp, true, 1, quiet), quiet);
        assertThat(r.checks()).isNotEmpty();
        assertThat(r.checks()).allSatisfy(c -> assertThat(c.holds()).as(c.toString()).isTrue());
        try (var files = java.nio.file.Files.walk(tmp)) {
            assertThat(files.filter(p -> p.getFileName().toString().equals("ledger.csv")).count()).isPositive();
        }
    }
}
