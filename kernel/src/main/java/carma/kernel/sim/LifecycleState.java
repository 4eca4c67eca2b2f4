package carma.kernel.sim;

/** The states of a run: setup → init → run ⇄ pause → stop. */
public enum LifecycleState {
    SETUP,
    INIT,
    RUN,
    PAUSE,
    STOP;

    /** Whether a run may go from this state to {@code next}. */
    public boolean canGoTo(LifecycleState next) {
        switch (this) {
            case SETUP:
                return next == INIT || next == STOP;
            case INIT:
                return next == RUN || next == STOP;
            case RUN:
                return next == PAUSE || next == STOP;
            case PAUSE:
                return next == RUN || next == STOP;
            default:
                return false;
        }
    }
}
