package carma.kernel.sim;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The lifecycle state machine of one run; illegal transitions throw. */
public final class Lifecycle {
    private final List<LifecycleListener> listeners = new CopyOnWriteArrayList<>();
    private volatile LifecycleState state = LifecycleState.SETUP;

    public LifecycleState state() {
        return state;
    }

    public void addListener(LifecycleListener listener) {
        listeners.add(listener);
    }

    public synchronized void transition(LifecycleState next, long simTimeNs) {
        LifecycleState from = state;
        if (!from.canGoTo(next)) {
            throw new IllegalStateException("illegal lifecycle transition " + from + " -> " + next);
        }
        state = next;
        for (LifecycleListener l : listeners) {
            l.onTransition(from, next, simTimeNs);
        }
    }
}
