package carma.scenario.queue;

import carma.kernel.queueing.ServiceTimeDistribution;
import carma.scenario.Limits;
import carma.scenario.QueueSection;
import carma.scenario.yaml.SpecMap;
import carma.scenario.yaml.YamlNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads and checks the {@code queue} section. */
public final class QueueSectionReader {
    private QueueSectionReader() {}

    public static QueueSection read(SpecMap m, double durationS) {
        double warmupS = m.number("warmupS", Math.min(200, durationS / 10), 0, Double.MAX_VALUE);
        if (warmupS >= durationS) {
            throw m.error("warmupS", "must be shorter than durationS (" + durationS + " s), found " + warmupS);
        }
        double sampleMs = m.number("sampleIntervalMs", 100, 1, 3.6e6);
        if (durationS * 1000 / sampleMs > Limits.MAX_SAMPLES) {
            throw m.error("sampleIntervalMs", "gives " + (long) (durationS * 1000 / sampleMs) + " samples per queue in "
                    + durationS + " s; at most " + Limits.MAX_SAMPLES + " (" + Limits.HOW_TO_RAISE + ")");
        }
        List<QueueSection.QueueSpec> queues = m.list("queues", QueueSectionReader::readQueue);
        if (queues.isEmpty()) {
            throw m.error("queues", "needs at least one queue");
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < queues.size(); i++) {
            if (!names.add(queues.get(i).name())) {
                throw m.error("queues", "queue name '" + queues.get(i).name() + "' is used twice");
            }
        }
        m.finish();
        return new QueueSection(warmupS, sampleMs, queues);
    }

    private static QueueSection.QueueSpec readQueue(YamlNode n) {
        SpecMap q = SpecMap.of(n);
        String name = q.requiredString("name");
        if (!name.matches("[a-z][a-z0-9-]*")) {
            throw q.error("name", "must be lower-case letters, digits and '-', found '" + YamlNode.Scalar.shortened(name) + "'");
        }
        double lambda = q.positive("arrivalRatePerS", Double.NaN);
        double mu = q.positive("serviceRatePerS", Double.NaN);
        if (Double.isNaN(lambda)) {
            throw q.error("arrivalRatePerS", "is missing");
        }
        if (Double.isNaN(mu)) {
            throw q.error("serviceRatePerS", "is missing");
        }
        ServiceTimeDistribution service = q.choice("service", ServiceTimeDistribution.EXPONENTIAL);
        if (lambda >= mu) {
            throw q.error("arrivalRatePerS", "must be below serviceRatePerS (" + mu + ") for a stable queue, found "
                    + lambda);
        }
        q.finish();
        return new QueueSection.QueueSpec(name, lambda, mu, service);
    }
}
