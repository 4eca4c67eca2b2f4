package carma.kernel.clock;

import java.util.concurrent.locks.LockSupport;

/**
 * Paces simulated time to the wall clock: simulated time t may begin at wall time start + t. The
 * pacer parks until about {@value #SPIN_NS} ns before the deadline and spins the rest, which keeps
 * tick starts within tens of microseconds of their deadlines on an idle core. Pauses shift the
 * origin so that time spent paused is not counted as lateness.
 */
public final class WallClockPacer implements Clock {
    private static final long SPIN_NS = 200_000L;
    private long originWallNs;
    private long pausedAtWallNs;
    private boolean started;

    @Override
    public void start() {
        originWallNs = System.nanoTime();
        started = true;
    }

    @Override
    public void awaitSimTime(long simNs) throws InterruptedException {
        requireStarted();
        long deadline = originWallNs + simNs;
        while (true) {
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0) {
                return;
            }
            if (Thread.interrupted()) {
                throw new InterruptedException("real-time pacing interrupted");
            }
            if (remaining > SPIN_NS) {
                LockSupport.parkNanos(remaining - SPIN_NS);
            } else {
                Thread.onSpinWait();
            }
        }
    }

    @Override
    public long latenessNs(long simNs) {
        requireStarted();
        return Math.max(0, System.nanoTime() - (originWallNs + simNs));
    }

    @Override
    public void paused() {
        pausedAtWallNs = System.nanoTime();
    }

    @Override
    public void resumed() {
        originWallNs += System.nanoTime() - pausedAtWallNs;
    }

    @Override
    public boolean isRealTime() {
        return true;
    }

    private void requireStarted() {
        if (!started) {
            throw new IllegalStateException("wall-clock pacer used before start()");
        }
    }
}
