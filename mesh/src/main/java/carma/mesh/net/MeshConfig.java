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
        return builder().build();
    }

    public MeshConfig withRadio(RadioProfile r) {
        return toBuilder().radio(r).build();
    }

    public MeshConfig withAssociation(double associate, double leave) {
        return toBuilder().associateDbm(associate).leaveDbm(leave).build();
    }

    /** A builder holding the defaults of {@link #defaults()}. */
    public static Builder builder() {
        return new Builder()
                .radio(RadioProfile.defaults80211g())
                .associateDbm(-75.0)
                .leaveDbm(-80.0)
                .wiredRateBps(100_000_000L)
                .wiredDelayNs(10_000_000L)
                .apQueuePackets(100)
                .mobilityPeriodNs(100_000_000L)
                .routingPeriodNs(1_000_000_000L)
                .controlBytes(64);
    }

    /** A builder preset to this record's values. */
    public Builder toBuilder() {
        return new Builder()
                .radio(radio)
                .associateDbm(associateDbm)
                .leaveDbm(leaveDbm)
                .wiredRateBps(wiredRateBps)
                .wiredDelayNs(wiredDelayNs)
                .apQueuePackets(apQueuePackets)
                .mobilityPeriodNs(mobilityPeriodNs)
                .routingPeriodNs(routingPeriodNs)
                .controlBytes(controlBytes);
    }

    /** Named construction of a {@link MeshConfig}; every component is set by name. */
    public static final class Builder {
        private RadioProfile radio;
        private double associateDbm;
        private double leaveDbm;
        private long wiredRateBps;
        private long wiredDelayNs;
        private int apQueuePackets;
        private long mobilityPeriodNs;
        private long routingPeriodNs;
        private int controlBytes;

        private Builder() {}

        public Builder radio(RadioProfile value) {
            this.radio = value;
            return this;
        }

        public Builder associateDbm(double value) {
            this.associateDbm = value;
            return this;
        }

        public Builder leaveDbm(double value) {
            this.leaveDbm = value;
            return this;
        }

        public Builder wiredRateBps(long value) {
            this.wiredRateBps = value;
            return this;
        }

        public Builder wiredDelayNs(long value) {
            this.wiredDelayNs = value;
            return this;
        }

        public Builder apQueuePackets(int value) {
            this.apQueuePackets = value;
            return this;
        }

        public Builder mobilityPeriodNs(long value) {
            this.mobilityPeriodNs = value;
            return this;
        }

        public Builder routingPeriodNs(long value) {
            this.routingPeriodNs = value;
            return this;
        }

        public Builder controlBytes(int value) {
            this.controlBytes = value;
            return this;
        }

        public MeshConfig build() {
            return new MeshConfig(radio, associateDbm, leaveDbm, wiredRateBps, wiredDelayNs, apQueuePackets,
                    mobilityPeriodNs, routingPeriodNs, controlBytes);
        }
    }
}
