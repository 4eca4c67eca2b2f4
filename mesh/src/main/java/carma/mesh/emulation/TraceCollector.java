package carma.mesh.emulation;

import carma.kernel.trace.TraceBus;
import carma.kernel.trace.TraceRecord;
import java.util.ArrayList;
import java.util.List;

/** Keeps the records of one type published during a run (for case-study evaluation). */
public final class TraceCollector<T extends TraceRecord> {
    private final List<T> records = new ArrayList<>();

    public TraceCollector(TraceBus bus, Class<T> type) {
        bus.subscribe(type, records::add);
    }

    public List<T> records() {
        return List.copyOf(records);
    }
}
