package carma.server.run;

import java.util.Map;

/**
 * One simulated second of a run's trace, as the live feed sends it: per trace type, how many records
 * were published and the mean of each numeric component. {@code sentAtEpochMs} is the wall time at
 * which the second was closed (the feed's latency is measured from it).
 */
public record SecondAggregate(long runId, long second, Map<String, TypeAggregate> types, long sentAtEpochMs) {
    public SecondAggregate {
        types = Map.copyOf(types);
    }

    /** The records of one type in one second. */
    public record TypeAggregate(long count, Map<String, Double> means) {
        public TypeAggregate {
            means = Map.copyOf(means);
        }
    }
}
