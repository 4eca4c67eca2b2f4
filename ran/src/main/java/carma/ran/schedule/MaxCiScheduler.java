package carma.ran.schedule;

/** Maximum C/I: the best instantaneous channel quality first. */
public final class MaxCiScheduler implements Scheduler {
    @Override
    public String name() {
        return "max-ci";
    }

    @Override
    public double metric(int user, SchedulingInputs inputs) {
        return inputs.reportedQualityDb(user);
    }
}
