package carma.kernel.sim;

/** The kernel's own events. */
sealed interface KernelEvent {
    /** The start of a tick. */
    enum Tick implements KernelEvent {
        INSTANCE
    }

    /** Sub-tick {@code subTick} (≥ 1) of ticker number {@code ticker}. */
    record SubTick(int ticker, int subTick) implements KernelEvent {}
}
