package carma.scenario;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * The section of a scenario owned by one model module (e.g. {@code queue}, {@code ran},
 * {@code mesh}). Implementations are records whose component names are the section's YAML keys,
 * so the effective scenario is written back from them.
 */
public interface ModelSection {
    /** The top-level YAML key of the section. */
    @JsonIgnore
    String key();
}
