package carma.ran.emulator;

import carma.ran.schedule.SchedulingInputs;
import carma.ran.user.UserTable;

/** The scheduler's view of the users' last reports and service history. */
final class Reports implements SchedulingInputs {
    private final UserTable users;

    Reports(UserTable users) {
        this.users = users;
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
        return users.averageRateBps[user];
    }

    @Override
    public long lastServedTti(int user) {
        return users.lastServedTti[user];
    }
}
