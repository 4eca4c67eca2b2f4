package carma.kernel.clock;

/** What a real-time run does when a tick starts a whole tick period or more after its deadline. */
public enum OverrunPolicy {
    /** Record the overrun and carry on. */
    BEST_EFFORT,
    /** Stop the run with a message naming the tick. */
    FAIL
}
