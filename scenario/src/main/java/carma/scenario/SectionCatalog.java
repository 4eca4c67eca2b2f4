package carma.scenario;

import carma.kernel.report.RunObserver;
import carma.kernel.sim.Simulator;
import carma.scenario.mesh.MeshAssembler;
import carma.scenario.mesh.MeshSection;
import carma.scenario.mesh.MeshSectionReader;
import carma.scenario.queue.QueueAssembler;
import carma.scenario.queue.QueueSection;
import carma.scenario.queue.QueueSectionReader;
import carma.scenario.ran.RanAssembler;
import carma.scenario.ran.RanSection;
import carma.scenario.ran.RanSectionReader;
import carma.scenario.yaml.SpecMap;
import java.util.List;

/**
 * The model sections a scenario may hold, each with its reader and its assembler. Listed
 * explicitly (no scanning): a module's section is added here when the module arrives.
 */
public final class SectionCatalog {
    /** Reads one section's mapping into its spec record (checks included). */
    @FunctionalInterface
    public interface Reader {
        ModelSection read(SpecMap map, double durationS);
    }

    /** Builds the model objects of one section into a simulator; returns the run's observers. */
    @FunctionalInterface
    public interface Builder {
        List<RunObserver> build(ModelSection section, Simulator sim);
    }

    public record Entry(String key, Reader reader, Builder builder) {}

    private static final List<Entry> ENTRIES = List.of(
            new Entry(QueueSection.KEY, QueueSectionReader::read, (s, sim) -> QueueAssembler.build((QueueSection) s, sim)),
            new Entry(RanSection.KEY, RanSectionReader::read, (s, sim) -> RanAssembler.build((RanSection) s, sim)),
            new Entry(MeshSection.KEY, MeshSectionReader::read, (s, sim) -> MeshAssembler.build((MeshSection) s, sim)));

    private SectionCatalog() {}

    public static List<Entry> entries() {
        return ENTRIES;
    }

    public static Entry entry(String key) {
        for (Entry e : ENTRIES) {
            if (e.key().equals(key)) {
                return e;
            }
        }
        throw new IllegalArgumentException("no model section '" + key + "'");
    }

    public static List<String> keys() {
        return ENTRIES.stream().map(Entry::key).toList();
    }
}
