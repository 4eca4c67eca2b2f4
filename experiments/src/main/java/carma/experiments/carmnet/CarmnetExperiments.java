package carma.experiments.carmnet;

import carma.runtime.experiment.Experiment;
import java.util.List;

/** The CARMNET reproductions (seed 000 and danum.md section 8), in the order they are listed. */
public final class CarmnetExperiments {
    private CarmnetExperiments() {}

    public static List<Experiment> all() {
        return List.of(new CoverageExtensionExperiment(), new SeamlessHandoverExperiment(), new DanumVsFifoExperiment(),
                new SoftAdmissionExperiment());
    }
}
