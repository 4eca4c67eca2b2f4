package carma.ran.emulator;

/**
 * Emulated users placed uniformly in the area and moved by the AROMA mobility model, each
 * requesting sessions of one service by the service's session process.
 *
 * @param service index of the service (as returned by the builder)
 * @param speedMps 0 (static indoor), 3, 50 or 120 km/h in AROMA, or any speed
 * @param indoorFraction share of the group that is indoors (extra penetration loss)
 */
public record UserGroup(int count, int service, double speedMps, double indoorFraction) {
    public UserGroup {
        if (count < 0 || service < 0 || !(speedMps >= 0) || !(indoorFraction >= 0 && indoorFraction <= 1)) {
            throw new IllegalArgumentException("invalid user group: " + count + " users, " + speedMps + " m/s, indoor "
                    + indoorFraction);
        }
    }

    public static UserGroup kmh(int count, int service, double speedKmh, double indoorFraction) {
        return new UserGroup(count, service, speedKmh / 3.6, indoorFraction);
    }
}
