package carma.kernel.clock;

/** As fast as the CPU allows: never waits, never late. */
public final class VirtualClock implements Clock {
    @Override
    public void start() {}

    @Override
    public void awaitSimTime(long simNs) {}

    @Override
    public long latenessNs(long simNs) {
        return 0;
    }

    @Override
    public void paused() {}

    @Override
    public void resumed() {}

    @Override
    public boolean isRealTime() {
        return false;
    }
}
