package carma.kernel.queueing;

/** The events of a {@link SingleServerQueue}. */
public enum QueueEvent {
    ARRIVAL,
    DEPARTURE,
    SAMPLE
}
