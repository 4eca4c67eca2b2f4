package carma.scenario;

import carma.kernel.queueing.ServiceTimeDistribution;
import java.util.List;

/**
 * The kernel's validation model: {@code queue: {warmupS, sampleIntervalMs, queues: [...]}}.
 */
public record QueueSection(double warmupS, double sampleIntervalMs, List<QueueSpec> queues) implements ModelSection {
    public static final String KEY = "queue";

    public QueueSection {
        queues = List.copyOf(queues);
    }

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public <R> R accept(Visitor<R> v) {
        return v.queue(this);
    }

    /** One queue: {@code {name, arrivalRatePerS, serviceRatePerS, service: exponential | deterministic}}. */
    public record QueueSpec(String name, double arrivalRatePerS, double serviceRatePerS,
            ServiceTimeDistribution service) {}
}
