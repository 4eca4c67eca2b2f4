package carma.kernel.clock;

/**
 * How simulated time relates to the wall clock. Model code never sees the clock: the simulator
 * asks it to wait before each event (ns-3's synchroniser idea), so the same model runs virtual or
 * real time unchanged.
 */
public interface Clock {
    /** Called once when the run starts. */
    void start();

    /** Blocks until simulated time {@code simNs} may begin (no-op for the virtual clock). */
    void awaitSimTime(long simNs) throws InterruptedException;

    /** How late, in wall nanoseconds, simulated time {@code simNs} began (0 for the virtual clock). */
    long latenessNs(long simNs);

    /** The run paused; the wall time until {@link #resumed()} does not count as lateness. */
    void paused();

    void resumed();

    boolean isRealTime();
}
