package carma.experiments.aroma;

import carma.runtime.experiment.Experiment;
import java.util.List;

/** The AROMA (seed 001) reproductions, for the experiment catalog. */
public final class AromaExperiments {
    private AromaExperiments() {}

    public static List<Experiment> all() {
        return List.of(new HsdpaSchedulingExperiment());
    }
}
