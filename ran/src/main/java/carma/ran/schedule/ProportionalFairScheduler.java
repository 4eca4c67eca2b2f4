package carma.ran.schedule;

/**
 * Proportional fair (Jalali, Padovani, Pankaj, VTC 2000): the largest ratio of instantaneous rate
 * to exponentially averaged served rate, {@code r_i(t)/T̄_i(t)}; the average (time constant t_c
 * TTIs) is kept by the shared machinery.
 */
public final class ProportionalFairScheduler implements Scheduler {
    private static final double EPSILON_BPS = 1.0;

    @Override
    public String name() {
        return "proportional-fair";
    }

    @Override
    public double metric(int user, SchedulingInputs inputs) {
        return inputs.instantaneousRateBps(user) / Math.max(inputs.averageRateBps(user), EPSILON_BPS);
    }
}
