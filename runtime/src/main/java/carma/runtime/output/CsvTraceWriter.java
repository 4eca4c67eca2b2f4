package carma.runtime.output;

import carma.kernel.trace.TraceRecord;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Writes every trace record to one CSV file per record type, named after the type in kebab case
 * ({@code QueueCustomer} → {@code queue-customer.csv}) unless it carries {@code @TraceFile}; the
 * columns are the record's components.
 * Output depends only on the records, so the same run gives byte-identical files. Once
 * {@link #close() closed} it refuses further records with an {@link IllegalStateException}, so a
 * model that publishes after the run's end fails loudly instead of leaving a cut file.
 */
public final class CsvTraceWriter implements Consumer<TraceRecord>, AutoCloseable {
    private final Path dir;
    private final Map<Class<?>, Table> tables = new HashMap<>();
    private final List<Table> order = new ArrayList<>();
    private boolean closed;

    public CsvTraceWriter(Path dir) {
        this.dir = dir;
    }

    @Override
    public void accept(TraceRecord r) {
        if (closed) {
            throw new IllegalStateException("trace record " + r.getClass().getSimpleName() + " (" + fileName(r.getClass())
                    + ") published after the trace files were closed; models must publish in their end-of-run hook"
                    + " (Simulator.onRunEnd)");
        }
        Table t = tables.get(r.getClass());
        if (t == null) {
            t = open(r.getClass());
            tables.put(r.getClass(), t);
            order.add(t);
        }
        t.write(r);
    }

    /** File name of a record type's CSV. */
    public static String fileName(Class<?> type) {
        carma.kernel.trace.TraceFile named = type.getAnnotation(carma.kernel.trace.TraceFile.class);
        if (named != null) {
            return named.value() + ".csv";
        }
        return type.getSimpleName().replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT) + ".csv";
    }

    /** The files written so far, with their row counts, in first-seen order. */
    public Map<String, Long> files() {
        Map<String, Long> out = new java.util.LinkedHashMap<>();
        for (Table t : order) {
            out.put(t.file, t.rows);
        }
        return out;
    }

    private Table open(Class<?> type) {
        if (!type.isRecord()) {
            throw new IllegalArgumentException("trace type " + type.getName() + " must be a record");
        }
        RecordComponent[] comps = type.getRecordComponents();
        MethodHandle[] getters = new MethodHandle[comps.length];
        StringBuilder header = new StringBuilder();
        try {
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            for (int i = 0; i < comps.length; i++) {
                getters[i] = lookup.unreflect(comps[i].getAccessor());
                header.append(i == 0 ? "" : ",").append(comps[i].getName());
            }
            String file = fileName(type);
            BufferedWriter w = Files.newBufferedWriter(dir.resolve(file), StandardCharsets.UTF_8);
            w.write(header.toString());
            w.write('\n');
            return new Table(file, w, getters);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("trace record " + type.getName() + " must be public", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Flushes and closes every file; idempotent. Records published afterwards are refused. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        IOException first = null;
        for (Table t : order) {
            try {
                t.writer.close();
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw new UncheckedIOException(first);
        }
    }

    private static final class Table {
        final String file;
        final BufferedWriter writer;
        final MethodHandle[] getters;
        final StringBuilder line = new StringBuilder(128);
        long rows;

        Table(String file, BufferedWriter writer, MethodHandle[] getters) {
            this.file = file;
            this.writer = writer;
            this.getters = getters;
        }

        void write(TraceRecord r) {
            line.setLength(0);
            try {
                for (int i = 0; i < getters.length; i++) {
                    if (i > 0) {
                        line.append(',');
                    }
                    appendValue(line, getters[i].invoke(r));
                }
                line.append('\n');
                writer.append(line);
                rows++;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (Throwable e) {
                throw new IllegalStateException("cannot write trace record " + r, e);
            }
        }

        private static void appendValue(StringBuilder sb, Object v) {
            if (v == null) {
                return;
            }
            if (v instanceof String) {
                String s = (String) v;
                if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0) {
                    sb.append('"').append(s.replace("\"", "\"\"")).append('"');
                } else {
                    sb.append(s);
                }
            } else if (v instanceof double[]) {
                double[] a = (double[]) v;
                sb.append('"');
                for (int i = 0; i < a.length; i++) {
                    sb.append(i == 0 ? "" : " ").append(a[i]);
                }
                sb.append('"');
            } else {
                sb.append(v);
            }
        }
    }
}
