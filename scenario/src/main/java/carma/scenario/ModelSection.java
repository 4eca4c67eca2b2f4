package carma.scenario;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * The section of a scenario owned by one model module ({@code queue}, {@code ran}, {@code mesh}, {@code corenet}).
 * Implementations are records whose component names are the section's YAML keys, so the effective
 * scenario is written back from them. The set is closed: a new section is a new permitted record
 * and a new {@link Visitor} method, so every place that builds sections fails to compile until it
 * handles it.
 */
public sealed interface ModelSection permits QueueSection, RanSection, MeshSection, CorenetSection {
    /** The top-level YAML key of the section. */
    @JsonIgnore
    String key();

    <R> R accept(Visitor<R> visitor);

    /** One method per section type. */
    interface Visitor<R> {
        R queue(QueueSection section);

        R ran(RanSection section);

        R mesh(MeshSection section);

        R corenet(CorenetSection section);
    }
}
