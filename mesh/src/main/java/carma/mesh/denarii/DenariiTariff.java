package carma.mesh.denarii;

/**
 * Configuration of the Denarii scheme (danum.md section 5, [reconstructed]: no tariff was
 * published).
 *
 * @param initialBalanceMinor granted by the issuer to every node account at start (D_0)
 * @param accessFeeMinorPerKbyte paid to an Internet-sharing gateway per 1000 bytes it carries
 *     between the mesh and its AP for another node (f_gw)
 * @param settlementPeriodNs how often recorded hop credits are settled
 * @param balanceSamplePeriodNs how often balances are published as trace records
 */
public record DenariiTariff(long initialBalanceMinor, long accessFeeMinorPerKbyte, long settlementPeriodNs,
        long balanceSamplePeriodNs) {
    public DenariiTariff {
        if (initialBalanceMinor < 0 || accessFeeMinorPerKbyte < 0 || settlementPeriodNs <= 0
                || balanceSamplePeriodNs <= 0) {
            throw new IllegalArgumentException("invalid Denarii tariff");
        }
    }

    /** D_0 = 1000 Denarii, f_gw = 0.01 Denarius per kB, settle every second, sample balances every second. */
    public static DenariiTariff defaults() {
        return builder().build();
    }

    /** A builder holding the defaults of {@link #defaults()}. */
    public static Builder builder() {
        return new Builder()
                .initialBalanceMinor(1000L * 1_000_000L)
                .accessFeeMinorPerKbyte(10_000L)
                .settlementPeriodNs(1_000_000_000L)
                .balanceSamplePeriodNs(1_000_000_000L);
    }

    /** A builder preset to this record's values. */
    public Builder toBuilder() {
        return new Builder()
                .initialBalanceMinor(initialBalanceMinor)
                .accessFeeMinorPerKbyte(accessFeeMinorPerKbyte)
                .settlementPeriodNs(settlementPeriodNs)
                .balanceSamplePeriodNs(balanceSamplePeriodNs);
    }

    /** Named construction of a {@link DenariiTariff}; every component is set by name. */
    public static final class Builder {
        private long initialBalanceMinor;
        private long accessFeeMinorPerKbyte;
        private long settlementPeriodNs;
        private long balanceSamplePeriodNs;

        private Builder() {}

        public Builder initialBalanceMinor(long value) {
            this.initialBalanceMinor = value;
            return this;
        }

        public Builder accessFeeMinorPerKbyte(long value) {
            this.accessFeeMinorPerKbyte = value;
            return this;
        }

        public Builder settlementPeriodNs(long value) {
            this.settlementPeriodNs = value;
            return this;
        }

        public Builder balanceSamplePeriodNs(long value) {
            this.balanceSamplePeriodNs = value;
            return this;
        }

        public DenariiTariff build() {
            return new DenariiTariff(initialBalanceMinor, accessFeeMinorPerKbyte, settlementPeriodNs,
                    balanceSamplePeriodNs);
        }
    }
}
