package carma.mesh.danum;

import java.util.Objects;

/**
 * What a profile binds to one traffic type: the rate utility, the per-packet utility weight w
 * (Denarii per packet, the base of beta), and for delay-sensitive classes the delay target D and
 * expiry age D_max (0 = none).
 */
public record ClassUtility(UtilityFunction utility, double weight, long delayTargetNs, long maxDelayNs) {
    public ClassUtility {
        Objects.requireNonNull(utility, "utility");
        if (!(weight > 0)) {
            throw new IllegalArgumentException("utility weight must be positive");
        }
        if (delayTargetNs < 0 || maxDelayNs < 0) {
            throw new IllegalArgumentException("delay target and expiry must be >= 0");
        }
    }

    public boolean delaySensitive() {
        return delayTargetNs > 0;
    }
}
