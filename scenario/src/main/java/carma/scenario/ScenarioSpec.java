package carma.scenario;

import java.util.List;

/**
 * A whole scenario, every default filled in.
 *
 * @param models the model sections in the order they appear in the file
 */
public record ScenarioSpec(int schemaVersion, String name, long seed, double durationS, ClockSpec clock,
        OutputsSpec outputs, List<ModelSection> models) {
    public static final int SCHEMA_VERSION = 1;

    public ScenarioSpec {
        models = List.copyOf(models);
    }

    public ScenarioSpec withSeed(long s) {
        return new ScenarioSpec(schemaVersion, name, s, durationS, clock, outputs, models);
    }

    public ScenarioSpec withDurationS(double d) {
        if (!(d > 0)) {
            throw new IllegalArgumentException("duration must be positive, got " + d + " s");
        }
        return new ScenarioSpec(schemaVersion, name, seed, d, clock, outputs, models);
    }

    public ScenarioSpec withClock(ClockSpec c) {
        return new ScenarioSpec(schemaVersion, name, seed, durationS, c, outputs, models);
    }

    /** The model section of the given type, or null. */
    public <T extends ModelSection> T section(Class<T> type) {
        for (ModelSection m : models) {
            if (type.isInstance(m)) {
                return type.cast(m);
            }
        }
        return null;
    }
}
