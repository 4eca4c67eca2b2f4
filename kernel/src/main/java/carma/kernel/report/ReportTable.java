package carma.kernel.report;

import java.util.List;

/** A table for a report: a title, a header row and rows of already formatted cells. */
public record ReportTable(String title, List<String> header, List<List<String>> rows) {
    public ReportTable {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<String> row : rows) {
            if (row.size() != header.size()) {
                throw new IllegalArgumentException("table '" + title + "': row " + row + " has "
                        + row.size() + " cells, header has " + header.size());
            }
        }
    }
}
