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
        return new DenariiTariff(1000L * 1_000_000L, 10_000L, 1_000_000_000L, 1_000_000_000L);
    }
}
