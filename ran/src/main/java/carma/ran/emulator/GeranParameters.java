package carma.ran.emulator;

/**
 * GERAN (GPRS) cell settings.
 *
 * @param packetTimeslots timeslots per cell available to packet data
 * @param multislot timeslots one mobile can use at once
 * @param msNoiseFigureDb mobile receiver noise figure (TR 43.869: 10 dB)
 * @param maxTransmissions RLC transmissions of a radio block before its packets are lost
 * @param nominalCellCapacityBps the capacity admission control divides the admitted rates by
 */
public record GeranParameters(int packetTimeslots, int multislot, double msNoiseFigureDb, int maxTransmissions, double nominalCellCapacityBps) {
    public GeranParameters {
        if (packetTimeslots < 1 || multislot < 1 || maxTransmissions < 1) {
            throw new IllegalArgumentException("GERAN: timeslots, multislot and transmissions must be >= 1");
        }
        if (!(nominalCellCapacityBps > 0)) {
            throw new IllegalArgumentException("GERAN: positive capacity");
        }
    }

    /** 7 packet timeslots, 4-slot mobiles, NF 10 dB, 4 transmissions, 100 kbit/s. */
    public static GeranParameters defaults() {
        return builder().build();
    }

    /** A builder holding the defaults of {@link #defaults()}. */
    public static Builder builder() {
        return new Builder()
                .packetTimeslots(7)
                .multislot(4)
                .msNoiseFigureDb(10)
                .maxTransmissions(4)
                .nominalCellCapacityBps(100e3);
    }

    /** A builder preset to this record's values. */
    public Builder toBuilder() {
        return new Builder()
                .packetTimeslots(packetTimeslots)
                .multislot(multislot)
                .msNoiseFigureDb(msNoiseFigureDb)
                .maxTransmissions(maxTransmissions)
                .nominalCellCapacityBps(nominalCellCapacityBps);
    }

    /** Named construction of a {@link GeranParameters}; every component is set by name. */
    public static final class Builder {
        private int packetTimeslots;
        private int multislot;
        private double msNoiseFigureDb;
        private int maxTransmissions;
        private double nominalCellCapacityBps;

        private Builder() {}

        public Builder packetTimeslots(int value) {
            this.packetTimeslots = value;
            return this;
        }

        public Builder multislot(int value) {
            this.multislot = value;
            return this;
        }

        public Builder msNoiseFigureDb(double value) {
            this.msNoiseFigureDb = value;
            return this;
        }

        public Builder maxTransmissions(int value) {
            this.maxTransmissions = value;
            return this;
        }

        public Builder nominalCellCapacityBps(double value) {
            this.nominalCellCapacityBps = value;
            return this;
        }

        public GeranParameters build() {
            return new GeranParameters(packetTimeslots, multislot, msNoiseFigureDb, maxTransmissions, nominalCellCapacityBps);
        }
    }
}
