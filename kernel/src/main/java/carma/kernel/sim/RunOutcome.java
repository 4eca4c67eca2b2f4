package carma.kernel.sim;

/**
 * How a run ended.
 *
 * @param endTimeNs simulated time reached
 * @param failure null when the run completed or was stopped; otherwise the reason it failed
 */
public record RunOutcome(long endTimeNs, boolean stoppedEarly, String failure, long eventsProcessed) {
    public boolean failed() {
        return failure != null;
    }
}
