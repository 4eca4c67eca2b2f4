package carma.radio.link;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A numeric table read from a resource file: {@code # key: value} header lines (table, axes,
 * units, source are required), a row of column names, then comma-separated numbers.
 */
public final class LinkLevelTable {
    private final String resource;
    private final Map<String, String> header;
    private final List<String> columns;
    private final double[][] rows;

    private LinkLevelTable(String resource, Map<String, String> header, List<String> columns, double[][] rows) {
        this.resource = resource;
        this.header = header;
        this.columns = columns;
        this.rows = rows;
    }

    /** Reads {@code name} next to this class ({@code carma/radio/link/<name>}). */
    public static LinkLevelTable load(String name) {
        String path = "/carma/radio/link/" + name;
        try (InputStream in = LinkLevelTable.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("link-level table not found: " + path);
            }
            return parse(path, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    static LinkLevelTable parse(String name, BufferedReader reader) throws IOException {
        Map<String, String> header = new LinkedHashMap<>();
        List<String> columns = null;
        List<double[]> rows = new ArrayList<>();
        String line;
        int lineNo = 0;
        while ((line = reader.readLine()) != null) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            if (line.startsWith("#")) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    header.put(line.substring(1, colon).trim(), line.substring(colon + 1).trim());
                }
            } else if (columns == null) {
                columns = List.of(line.split(","));
            } else {
                String[] cells = line.split(",");
                if (cells.length != columns.size()) {
                    throw new IllegalArgumentException(name + ":" + lineNo + ": expected " + columns.size() + " values");
                }
                double[] row = new double[cells.length];
                for (int i = 0; i < cells.length; i++) {
                    try {
                        row[i] = Double.parseDouble(cells[i].trim());
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException(name + ":" + lineNo + ": not a number: " + cells[i], e);
                    }
                }
                rows.add(row);
            }
        }
        for (String key : List.of("table", "axes", "units", "source")) {
            if (!header.containsKey(key)) {
                throw new IllegalArgumentException(name + ": header line '# " + key + ": ...' is missing");
            }
        }
        if (columns == null || rows.isEmpty()) {
            throw new IllegalArgumentException(name + ": no data");
        }
        return new LinkLevelTable(name, Map.copyOf(header), columns, rows.toArray(new double[0][]));
    }

    public String resource() {
        return resource;
    }

    public String header(String key) {
        return header.get(key);
    }

    public List<String> columns() {
        return columns;
    }

    public int rowCount() {
        return rows.length;
    }

    public double value(int row, int column) {
        return rows[row][column];
    }

    /** A copy of one column. */
    public double[] column(int column) {
        double[] c = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            c[i] = rows[i][column];
        }
        return c;
    }
}
