package carma.experiments.fairmesh;

import carma.runtime.experiment.Experiment;
import java.util.List;

/** The reproductions of the fair mesh hotspots paper (seed 002), for the experiment catalog. */
public final class FairMeshExperiments {
    private FairMeshExperiments() {}

    public static List<Experiment> all() {
        return List.of(new HeuristicVsOptimalExperiment(), new HeuristicVsRssiExperiment(), new ScaleExperiment());
    }
}
