package carma.scenario;

import java.util.List;

/**
 * A whole scenario, every default filled in. It has no withers: a changed scenario is read again with
 * {@link ScenarioOverride}s, so that every change is checked like the file.
 *
 * @param models the model sections in the order they appear in the file
 */
public record ScenarioSpec(int schemaVersion, String name, long seed, double durationS, ClockSpec clock,
        OutputsSpec outputs, List<ModelSection> models) {
    public static final int SCHEMA_VERSION = 1;

    public ScenarioSpec {
        models = List.copyOf(models);
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
