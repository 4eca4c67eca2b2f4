package carma.mesh.net;

import carma.mesh.link.RadioProfile;
import java.util.Objects;

/**
 * Parameters of the emulated network that are not node-specific.
 *
 * @param associateDbm a CARMNET node associates with a public AP heard at least this strongly
 * @param leaveDbm and leaves it below this (hysteresis)
 * @param wiredRateBps AP uplink rate (each direction)
 * @param wiredDelayNs one-way delay AP to Internet host
 * @param apQueuePackets FIFO capacity of the public APs
 * @param mobilityPeriodNs how often positions, link budgets and associations are refreshed
 * @param routingPeriodNs how often the routing port is updated
 * @param controlBytes size of the control frames ETX is measured with
 */
public record MeshConfig(RadioProfile radio, double associateDbm, double leaveDbm, long wiredRateBps,
        long wiredDelayNs, int apQueuePackets, long mobilityPeriodNs, long routingPeriodNs, int controlBytes) {
    public MeshConfig {
        Objects.requireNonNull(radio, "radio");
        if (mobilityPeriodNs <= 0 || routingPeriodNs <= 0 || wiredRateBps <= 0) {
            throw new IllegalArgumentException("periods and wired rate must be positive");
        }
    }

    /**
     * 802.11g defaults, association at -75 dBm / leave below -80 dBm (a station roams before its
     * link falls to the 6 Mbit/s sensitivity), 100 Mbit/s and 10 ms uplinks.
     */
    public static MeshConfig defaults() {
        return new MeshConfig(RadioProfile.defaults80211g(), -75.0, -80.0, 100_000_000L, 10_000_000L, 100,
                100_000_000L, 1_000_000_000L, 64);
    }

    public MeshConfig withRadio(RadioProfile r) {
        return new MeshConfig(r, associateDbm, leaveDbm, wiredRateBps, wiredDelayNs, apQueuePackets, mobilityPeriodNs,
                routingPeriodNs, controlBytes);
    }

    public MeshConfig withAssociation(double associate, double leave) {
        return new MeshConfig(radio, associate, leave, wiredRateBps, wiredDelayNs, apQueuePackets, mobilityPeriodNs,
                routingPeriodNs, controlBytes);
    }
}
