package carma.kernel.sim;

/** The kernel's own events. */
sealed interface KernelEvent {
    /** The start of a tick. */
    enum Tick implements KernelEvent {
        INSTANCE
    }

    /** The sub-tick offset number {@code slot} within the current tick (all tickers due then). */
    record SubTick(int slot) implements KernelEvent {}
}
