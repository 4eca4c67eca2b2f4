package carma.ran.schedule;

/**
 * Round robin: the user served longest ago first, regardless of the channel, so every backlogged
 * user is served once before any is served twice.
 */
public final class RoundRobinScheduler implements Scheduler {
    @Override
    public String name() {
        return "round-robin";
    }

    @Override
    public double metric(int user, SchedulingInputs inputs) {
        return -inputs.lastServedTti(user);
    }
}
