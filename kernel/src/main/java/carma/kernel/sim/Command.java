package carma.kernel.sim;

/**
 * External input (CLI, REST, live packets) for the model. Submitted from any thread; applied on
 * the simulation thread at the next tick boundary, in submission order.
 */
@FunctionalInterface
public interface Command {
    void apply(long nowNs);
}
