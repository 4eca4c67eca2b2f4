package carma.runtime.experiment;

/**
 * One reproduction of a published case study: runs scenario(s) or solver instances, measures, and
 * checks each expected property with a stated tolerance. The runtime renders the report and sets
 * the exit code (0 only when every property holds).
 */
public interface Experiment {
    /** Stable name used on the command line, e.g. {@code queue-validation}. */
    String name();

    /** One line for {@code carma experiment list}. */
    String title();

    /** The publication (and section/figure) whose result is reproduced. */
    String source();

    ExperimentReport run(ExperimentContext context) throws Exception;
}
