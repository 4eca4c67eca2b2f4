package carma.kernel.sim;

/** Told of every lifecycle transition, on the thread that made it. */
@FunctionalInterface
public interface LifecycleListener {
    void onTransition(LifecycleState from, LifecycleState to, long simTimeNs);
}
