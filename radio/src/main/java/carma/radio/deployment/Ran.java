package carma.radio.deployment;

import java.util.Objects;

/**
 * A radio access network: its cells share one technology and one ingress router of the core
 * network (AROMA case study II attaches UTRAN and WLAN to IR1 or to IR1/IR2).
 *
 * @param indoorPenetrationDb extra loss for indoor users, 17–20 dB depending on the RAN (AROMA paper §5.2.3)
 */
public record Ran(RanId id, String name, Technology technology, String ingressRouterId, double indoorPenetrationDb) {
    public Ran {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(technology, "technology");
        Objects.requireNonNull(ingressRouterId, "ingressRouterId");
        if (!(indoorPenetrationDb >= 0)) {
            throw new IllegalArgumentException("RAN " + name + ": indoor penetration loss must be >= 0 dB");
        }
    }
}
