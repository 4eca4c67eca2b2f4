package carma.kernel.sim;

/**
 * A model's end-of-run hook: closes its books (final settlement, last statistics) on the
 * simulation thread when the run ends, however it ends (end time, stop request, real-time
 * overrun). Hooks run in registration order after the last event and before the lifecycle goes to
 * {@link LifecycleState#STOP}, so everything they publish reaches the trace writers while those
 * are still open.
 */
@FunctionalInterface
public interface RunEndListener {
    /**
     * @param endNs simulated time the run reached (the end time, or the last event's time when it stopped early)
     * @param stoppedEarly whether the run ended before its end time
     */
    void onRunEnd(long endNs, boolean stoppedEarly);
}
