package carma.experiments;

import carma.experiments.aroma.AromaExperiments;
import carma.experiments.carmnet.CarmnetExperiments;
import carma.experiments.fairmesh.FairMeshExperiments;
import carma.experiments.queueing.QueueValidationExperiment;
import carma.runtime.experiment.Experiment;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Every reproduction carma ships, listed explicitly in the order {@code carma experiment list} shows. */
public final class ExperimentCatalog {
    private ExperimentCatalog() {}

    public static List<Experiment> all() {
        List<Experiment> all = new ArrayList<>();
        all.add(new QueueValidationExperiment());
        all.addAll(AromaExperiments.all());
        all.addAll(FairMeshExperiments.all());
        all.addAll(CarmnetExperiments.all());
        return List.copyOf(all);
    }

    public static Optional<Experiment> find(String name) {
        return all().stream().filter(e -> e.name().equals(name)).findFirst();
    }
}
