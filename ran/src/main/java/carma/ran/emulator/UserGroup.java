package carma.ran.emulator;

/**
 * Emulated users placed uniformly in the area and moved by the AROMA mobility model.
 *
 * @param speedMps 0 (static indoor), 3, 50 or 120 km/h in AROMA, or any speed
 * @param indoorFraction share of the group that is indoors (extra penetration loss)
 */
public record UserGroup(int count, double speedMps, double indoorFraction) {
    public UserGroup {
        if (count < 0 || !(speedMps >= 0) || !(indoorFraction >= 0 && indoorFraction <= 1)) {
            throw new IllegalArgumentException("invalid user group: " + count + " users, " + speedMps + " m/s, indoor "
                    + indoorFraction);
        }
    }

    public static UserGroup kmh(int count, double speedKmh, double indoorFraction) {
        return new UserGroup(count, speedKmh / 3.6, indoorFraction);
    }
}
