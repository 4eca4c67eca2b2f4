package carma.ran.emulator;

/**
 * Emulated users placed uniformly in the area and moved by the AROMA mobility model, each
 * requesting sessions of one service by the service's session process.
 *
 * @param service index of the service (as returned by the builder)
 * @param speedMps speed of the outdoor users: 3, 50 or 120 km/h in AROMA, or any speed
 * @param indoorFraction share of the group that is indoors (extra penetration loss)
 * @param indoorSpeedMps speed of the indoor users (AROMA: indoor users are static, 0)
 */
public record UserGroup(int count, int service, double speedMps, double indoorFraction, double indoorSpeedMps) {
    public UserGroup {
        if (count < 0 || service < 0 || !(speedMps >= 0) || !(indoorFraction >= 0 && indoorFraction <= 1)
                || !(indoorSpeedMps >= 0)) {
            throw new IllegalArgumentException("invalid user group: " + count + " users, " + speedMps + " m/s, indoor "
                    + indoorFraction + " at " + indoorSpeedMps + " m/s");
        }
    }

    /** Outdoor users at {@code speedKmh}, indoor users static. */
    public static UserGroup kmh(int count, int service, double speedKmh, double indoorFraction) {
        return kmh(count, service, speedKmh, indoorFraction, 0);
    }

    public static UserGroup kmh(int count, int service, double speedKmh, double indoorFraction, double indoorSpeedKmh) {
        return new UserGroup(count, service, speedKmh / 3.6, indoorFraction, indoorSpeedKmh / 3.6);
    }
}
