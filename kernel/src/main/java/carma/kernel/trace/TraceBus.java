package carma.kernel.trace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Typed publish/subscribe for trace records. Components publish immutable records; subscribers
 * (CSV writers, summaries, live feeds) receive them in publication order and never see model
 * objects. Producers may ask {@link #wants(Class)} to skip building records nobody reads.
 * Publishing happens on the simulation thread; a subscriber that hands records to another thread
 * must do so itself.
 */
public final class TraceBus {
    private final Map<Class<?>, List<Consumer<? super TraceRecord>>> byType = new HashMap<>();
    private final List<Consumer<? super TraceRecord>> all = new ArrayList<>();

    /** Receive every record of one type. */
    public <T extends TraceRecord> void subscribe(Class<T> type, Consumer<? super T> subscriber) {
        byType.computeIfAbsent(type, k -> new ArrayList<>()).add(r -> subscriber.accept(type.cast(r)));
    }

    /** Receive every record of every type (e.g. the CSV writer). */
    public void subscribeAll(Consumer<? super TraceRecord> subscriber) {
        all.add(subscriber);
    }

    public boolean wants(Class<? extends TraceRecord> type) {
        return !all.isEmpty() || byType.containsKey(type);
    }

    public void publish(TraceRecord record) {
        List<Consumer<? super TraceRecord>> subs = byType.get(record.getClass());
        if (subs != null) {
            for (int i = 0, n = subs.size(); i < n; i++) {
                subs.get(i).accept(record);
            }
        }
        for (int i = 0, n = all.size(); i < n; i++) {
            all.get(i).accept(record);
        }
    }
}
