package carma.scenario;

import carma.scenario.corenet.CorenetSectionReader;
import carma.scenario.mesh.MeshSectionReader;
import carma.scenario.queue.QueueSectionReader;
import carma.scenario.ran.RanSectionReader;
import carma.scenario.yaml.SpecMap;
import java.util.List;

/**
 * The model sections a scenario may hold, each with its reader, listed explicitly (no scanning).
 * Building a section is {@link Assembler}'s exhaustive {@link ModelSection.Visitor}.
 */
public final class SectionCatalog {
    /** Reads one section's mapping into its spec record (checks included). */
    @FunctionalInterface
    public interface Reader {
        ModelSection read(SpecMap map, double durationS);
    }

    public record Entry(String key, Reader reader) {}

    private static final List<Entry> ENTRIES = List.of(new Entry(QueueSection.KEY, QueueSectionReader::read),
            new Entry(RanSection.KEY, RanSectionReader::read), new Entry(MeshSection.KEY, MeshSectionReader::read),
            new Entry(CorenetSection.KEY, CorenetSectionReader::read));

    private SectionCatalog() {}

    public static List<Entry> entries() {
        return ENTRIES;
    }

    public static List<String> keys() {
        return ENTRIES.stream().map(Entry::key).toList();
    }
}
