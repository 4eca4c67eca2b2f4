package carma.runtime;

import carma.kernel.report.RunReport;
import carma.kernel.sim.RunOutcome;
import java.nio.file.Path;

/** A finished run: where its outputs are, how it ended, and what observers reported. */
public record RunResult(Path outDir, RunOutcome outcome, Manifest manifest, RunReport report) {
    public boolean failed() {
        return outcome.failed();
    }
}
