package carma.kernel.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What observers hand to the runtime at the end of a run: headline figures (summary.json, in the
 * order given), figures (PNG plots) and tables (HTML). Keys are dotted, e.g. {@code mm1.meanWaitS}.
 */
public final class RunReport {
    private final Map<String, Object> headline = new LinkedHashMap<>();
    private final List<Figure> figures = new ArrayList<>();
    private final List<ReportTable> tables = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    /** A headline figure: a Number, String, Boolean, or a List/Map of those. */
    public RunReport put(String key, Object value) {
        if (headline.containsKey(key)) {
            throw new IllegalArgumentException("headline figure '" + key + "' was already reported");
        }
        headline.put(key, value);
        return this;
    }

    public RunReport addFigure(Figure figure) {
        figures.add(figure);
        return this;
    }

    public RunReport addTable(ReportTable table) {
        tables.add(table);
        return this;
    }

    /** A sentence for the report (e.g. what a comparison means). */
    public RunReport addNote(String note) {
        notes.add(note);
        return this;
    }

    public Map<String, Object> headline() {
        return Collections.unmodifiableMap(headline);
    }

    public List<Figure> figures() {
        return Collections.unmodifiableList(figures);
    }

    public List<ReportTable> tables() {
        return Collections.unmodifiableList(tables);
    }

    public List<String> notes() {
        return Collections.unmodifiableList(notes);
    }
}
