package carma.kernel.event;

/**
 * A component that handles one family of typed events (a sealed interface of records). The
 * simulator calls it when an event it scheduled for this sink comes due.
 *
 * @param <E> the event family
 */
@FunctionalInterface
public interface EventSink<E> {
    void onEvent(long nowNs, E event);
}
