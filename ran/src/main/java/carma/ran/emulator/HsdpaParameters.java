package carma.ran.emulator;

/**
 * HSDPA cell and UE settings.
 *
 * @param hsPdschCodes HS-PDSCH codes per cell (SF16; up to 15)
 * @param maxUsersPerTti code-multiplexed users per TTI (HS-SCCHs per cell, typically 4)
 * @param hsPowerFraction share of the Node-B power given to HS-DSCH
 * @param orthogonality downlink orthogonality factor α (0.4–0.9; 1 = perfectly orthogonal)
 * @param ueNoiseFigureDb UE receiver noise figure
 * @param maxTransmissions HARQ: transmissions of a transport block before its packets are lost
 * @param pfTimeConstantTtis PF averaging time constant t_c in TTIs
 * @param nominalCellCapacityBps the capacity admission control divides the admitted rates by
 */
public record HsdpaParameters(int hsPdschCodes, int maxUsersPerTti, double hsPowerFraction, double orthogonality,
        double ueNoiseFigureDb, int maxTransmissions, double pfTimeConstantTtis, double nominalCellCapacityBps) {
    public HsdpaParameters {
        if (hsPdschCodes < 1 || hsPdschCodes > 15 || maxUsersPerTti < 1) {
            throw new IllegalArgumentException("HSDPA: 1..15 codes and at least one user per TTI");
        }
        if (!(hsPowerFraction > 0 && hsPowerFraction < 1) || !(orthogonality >= 0 && orthogonality <= 1)) {
            throw new IllegalArgumentException("HSDPA: power fraction in (0,1), orthogonality in [0,1]");
        }
        if (maxTransmissions < 1 || !(pfTimeConstantTtis >= 1) || !(nominalCellCapacityBps > 0)) {
            throw new IllegalArgumentException("HSDPA: invalid HARQ, PF or capacity setting");
        }
    }

    /** 15 codes, 4 HS-SCCH, 70 % power, α = 0.5, NF 7 dB, 4 HARQ transmissions, t_c = 100, 3 Mbit/s. */
    public static HsdpaParameters defaults() {
        return builder().build();
    }

    /** A builder holding the defaults of {@link #defaults()}. */
    public static Builder builder() {
        return new Builder()
                .hsPdschCodes(15)
                .maxUsersPerTti(4)
                .hsPowerFraction(0.7)
                .orthogonality(0.5)
                .ueNoiseFigureDb(7)
                .maxTransmissions(4)
                .pfTimeConstantTtis(100)
                .nominalCellCapacityBps(3e6);
    }

    /** A builder preset to this record's values. */
    public Builder toBuilder() {
        return new Builder()
                .hsPdschCodes(hsPdschCodes)
                .maxUsersPerTti(maxUsersPerTti)
                .hsPowerFraction(hsPowerFraction)
                .orthogonality(orthogonality)
                .ueNoiseFigureDb(ueNoiseFigureDb)
                .maxTransmissions(maxTransmissions)
                .pfTimeConstantTtis(pfTimeConstantTtis)
                .nominalCellCapacityBps(nominalCellCapacityBps);
    }

    /** Named construction of a {@link HsdpaParameters}; every component is set by name. */
    public static final class Builder {
        private int hsPdschCodes;
        private int maxUsersPerTti;
        private double hsPowerFraction;
        private double orthogonality;
        private double ueNoiseFigureDb;
        private int maxTransmissions;
        private double pfTimeConstantTtis;
        private double nominalCellCapacityBps;

        private Builder() {}

        public Builder hsPdschCodes(int value) {
            this.hsPdschCodes = value;
            return this;
        }

        public Builder maxUsersPerTti(int value) {
            this.maxUsersPerTti = value;
            return this;
        }

        public Builder hsPowerFraction(double value) {
            this.hsPowerFraction = value;
            return this;
        }

        public Builder orthogonality(double value) {
            this.orthogonality = value;
            return this;
        }

        public Builder ueNoiseFigureDb(double value) {
            this.ueNoiseFigureDb = value;
            return this;
        }

        public Builder maxTransmissions(int value) {
            this.maxTransmissions = value;
            return this;
        }

        public Builder pfTimeConstantTtis(double value) {
            this.pfTimeConstantTtis = value;
            return this;
        }

        public Builder nominalCellCapacityBps(double value) {
            this.nominalCellCapacityBps = value;
            return this;
        }

        public HsdpaParameters build() {
            return new HsdpaParameters(hsPdschCodes, maxUsersPerTti, hsPowerFraction, orthogonality, ueNoiseFigureDb,
                    maxTransmissions, pfTimeConstantTtis, nominalCellCapacityBps);
        }
    }
}
