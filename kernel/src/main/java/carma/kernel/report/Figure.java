package carma.kernel.report;

import java.util.List;
import java.util.Objects;

/**
 * A plot a report should show, as data only: the runtime renders it (PNG via XChart). Models and
 * experiments build figures from trace records; they never draw.
 *
 * @param id file-name-safe identifier, e.g. {@code queue-wait-cdf}
 * @param kind how the series are drawn
 */
public record Figure(String id, String title, String xLabel, String yLabel, Kind kind, List<Series> series) {
    public enum Kind {
        LINE,
        STEP,
        SCATTER,
        BAR
    }

    public Figure {
        Objects.requireNonNull(id, "id");
        if (!id.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("figure id must be lower-case kebab, got '" + id + "'");
        }
        series = List.copyOf(series);
    }
}
