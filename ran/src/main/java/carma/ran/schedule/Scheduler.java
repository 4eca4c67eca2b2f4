package carma.ran.schedule;

/**
 * A scheduling criterion: it only ranks (AROMA's second scheduling phase); ordering by service
 * class first, buffers, CQI bookkeeping and resource allocation are the shared machinery's
 * ({@link RequestRanking}). A larger metric is served first.
 */
public interface Scheduler {
    String name();

    double metric(int user, SchedulingInputs inputs);
}
