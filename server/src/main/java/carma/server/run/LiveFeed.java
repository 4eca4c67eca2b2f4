package carma.server.run;

import carma.kernel.trace.TraceRecord;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * Per-second aggregates of a run's trace, taken from the trace bus (never from model objects), per
 * trace type and, where the record has a text component, per value of the first one
 * ({@code CellLoadRecord/HSDPA}, {@code FlowSample/voip}, {@code BalanceSample/n0}): a
 * subscriber on the simulation thread adds each record to the current simulated second; when a record
 * of a later second arrives (or the run ends) the second is closed, kept (the last {@link #KEPT}) and
 * handed to the listeners on a thread of its own, so a slow browser never slows the simulation.
 */
public final class LiveFeed implements Consumer<TraceRecord>, AutoCloseable {
    /** Closed seconds kept for late subscribers. */
    public static final int KEPT = 600;
    private static final long SECOND_NS = 1_000_000_000L;
    private final long runId;
    private final Map<Class<?>, Shape> shapes = new LinkedHashMap<>();
    private final Map<String, long[]> counts = new LinkedHashMap<>();
    private final Map<String, Map<String, double[]>> sums = new LinkedHashMap<>();
    private final Deque<SecondAggregate> recent = new ArrayDeque<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final ExecutorService sender;
    private long second = -1;
    private boolean ended;

    /** Receives closed seconds, then the end of the run. */
    public interface Listener {
        void second(SecondAggregate a);

        void end();
    }

    private record Numeric(String name, MethodHandle getter) {}

    /** The numeric components of a record type, and its first text component (the group). */
    private record Shape(List<Numeric> numerics, MethodHandle group) {}

    /** Distinct groups kept per type; further values are counted under {@code Type/other}. */
    public static final int MAX_GROUPS = 32;
    private final Map<String, java.util.Set<String>> groups = new LinkedHashMap<>();

    public LiveFeed(long runId) {
        this.runId = runId;
        this.sender = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "carma-live-" + runId);
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public synchronized void accept(TraceRecord r) {
        long s = r.timeNs() / SECOND_NS;
        if (s != second) {
            closeSecond();
            second = s;
        }
        Shape shape = shapes.computeIfAbsent(r.getClass(), LiveFeed::shape);
        String type = key(r, shape);
        counts.computeIfAbsent(type, k -> new long[1])[0]++;
        Map<String, double[]> typeSums = sums.computeIfAbsent(type, k -> new LinkedHashMap<>());
        for (Numeric n : shape.numerics()) {
            try {
                Object v = n.getter().invoke(r);
                typeSums.computeIfAbsent(n.name(), k -> new double[1])[0] += v instanceof Boolean b ? (b ? 1 : 0)
                        : ((Number) v).doubleValue();
            } catch (Throwable e) {
                throw new IllegalStateException("cannot read " + type + "." + n.name(), e);
            }
        }
    }

    /** {@code Type/group} where the record has a text component (technology, flow, account), else {@code Type}. */
    private String key(TraceRecord r, Shape shape) {
        String type = r.getClass().getSimpleName();
        if (shape.group() == null) {
            return type;
        }
        Object g;
        try {
            g = shape.group().invoke(r);
        } catch (Throwable e) {
            throw new IllegalStateException("cannot read the group of " + type, e);
        }
        java.util.Set<String> seen = groups.computeIfAbsent(type, k -> new java.util.HashSet<>());
        String value = String.valueOf(g);
        if (!seen.contains(value)) {
            if (seen.size() >= MAX_GROUPS) {
                return type + "/other";
            }
            seen.add(value);
        }
        return type + "/" + value;
    }

    private static Shape shape(Class<?> type) {
        List<Numeric> out = new ArrayList<>();
        MethodHandle group = null;
        if (!type.isRecord()) {
            return new Shape(out, null);
        }
        for (RecordComponent c : type.getRecordComponents()) {
            Class<?> t = c.getType();
            if (t == String.class && group == null) {
                try {
                    group = MethodHandles.publicLookup().unreflect(c.getAccessor());
                } catch (IllegalAccessException e) {
                    // not grouped
                }
            }
            boolean numeric = t == double.class || t == long.class || t == int.class || t == boolean.class;
            if (numeric && !c.getName().equals("timeNs")) {
                try {
                    out.add(new Numeric(c.getName(), MethodHandles.publicLookup().unreflect(c.getAccessor())));
                } catch (IllegalAccessException e) {
                    // a record the feed may not read is only counted
                }
            }
        }
        return new Shape(out, group);
    }

    /** Closes the current second (the run's end calls this for the last one). */
    public synchronized void closeSecond() {
        if (second < 0 || counts.isEmpty()) {
            return;
        }
        Map<String, SecondAggregate.TypeAggregate> types = new LinkedHashMap<>();
        counts.forEach((type, n) -> {
            Map<String, Double> means = new LinkedHashMap<>();
            sums.getOrDefault(type, Map.of()).forEach((name, sum) -> means.put(name, sum[0] / n[0]));
            types.put(type, new SecondAggregate.TypeAggregate(n[0], means));
        });
        counts.clear();
        sums.clear();
        SecondAggregate a = new SecondAggregate(runId, second, types, System.currentTimeMillis());
        recent.addLast(a);
        if (recent.size() > KEPT) {
            recent.removeFirst();
        }
        for (Listener l : listeners) {
            sender.execute(() -> l.second(a));
        }
    }

    /** Sends the kept seconds to {@code listener}, then every new one, until {@link #unsubscribe}. */
    public synchronized void subscribe(Listener listener) {
        List<SecondAggregate> backlog = new ArrayList<>(recent);
        if (ended) {
            backlog.forEach(listener::second);
            listener.end();
            return;
        }
        sender.execute(() -> backlog.forEach(listener::second));
        listeners.add(listener);
    }

    public void unsubscribe(Listener listener) {
        listeners.remove(listener);
    }

    public synchronized List<SecondAggregate> recent() {
        return new ArrayList<>(recent);
    }

    /** The run has ended: listeners get {@link Listener#end()} after the last second. */
    @Override
    public synchronized void close() {
        if (ended) {
            return;
        }
        ended = true;
        for (Listener l : listeners) {
            sender.execute(l::end);
        }
        listeners.clear();
        sender.shutdown();
    }
}
