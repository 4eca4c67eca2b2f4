package carma.ran.emulator;

import carma.ran.schedule.SchedulingInputs;
import carma.ran.user.UserTable;

/**
 * The scheduler's view of the users' last reports and service history. The served-rate average
 * of PF is kept lazily: {@code T̄ ← (1 − 1/t_c)·T̄} for every TTI without service and
 * {@code T̄ ← (1 − 1/t_c)·T̄ + r/t_c} for a TTI with service, applied when the value is read or
 * updated, so TTIs in which a user is not even backlogged cost nothing.
 */
final class Reports implements SchedulingInputs {
    private final UserTable users;
    private final long ttiNs;
    private final double keep;
    private final double[] keepPower;
    private long nowNs;

    Reports(UserTable users, long ttiNs, double timeConstantTtis) {
        this.users = users;
        this.ttiNs = ttiNs;
        this.keep = 1 - 1 / timeConstantTtis;
        // keep^k for k TTIs without service, until it falls below 1e-12 (then the average is 0)
        int n = (int) Math.min(1 << 20, Math.ceil(Math.log(1e-12) / Math.log(keep)) + 1);
        this.keepPower = new double[Math.max(2, n)];
        keepPower[0] = 1;
        for (int k = 1; k < keepPower.length; k++) {
            keepPower[k] = keepPower[k - 1] * keep;
        }
    }

    /** The TTI being scheduled. */
    void at(long nowNs) {
        this.nowNs = nowNs;
    }

    /** The user was served {@code bits} in the TTI starting now. */
    void served(int user, int bits) {
        double avg = averageRateBps(user);
        users.averageRateBps[user] = keep * avg + (1 - keep) * (bits * 1e9 / ttiNs);
        users.averageAtNs[user] = nowNs + ttiNs;
    }

    @Override
    public double reportedQualityDb(int user) {
        return users.qualityDb[user];
    }

    @Override
    public double instantaneousRateBps(int user) {
        return users.rateBps[user];
    }

    @Override
    public double averageRateBps(int user) {
        long elapsed = nowNs - users.averageAtNs[user];
        if (elapsed <= 0) {
            return users.averageRateBps[user];
        }
        long k = elapsed / ttiNs;
        return k >= keepPower.length ? 0 : users.averageRateBps[user] * keepPower[(int) k];
    }

    @Override
    public long lastServedTti(int user) {
        return users.lastServedTti[user];
    }
}
