package carma.mesh.danum;

/**
 * Constants of the reconstructed DANUM model R-A (danum.md section 3.8).
 *
 * @param v utility/backlog trade-off V
 * @param tickNs control tick Delta (re-evaluates silent schedulers and token buckets)
 * @param advertPeriodNs T_adv of the 1-hop backlog advertisements (25 % jitter)
 * @param wMin hysteresis: a node stays silent unless its best weight exceeds this
 * @param flowCapPackets Q_cap per flow and node
 * @param delayPeriodNs T_d of the delay-price update
 * @param delayStep gamma_d of the delay-price subgradient step
 * @param admissionPeriodNs period of the soft-admission decisions
 * @param blockAbove a degraded flow whose discard probability exceeds this is refused
 * @param meanPacketBytes packet size that converts backlog (packets) to kbit for prices
 * @param holAgeNs tau of the head-of-line age term: waiting tau weighs as much as one more queued packet
 */
public record DanumParameters(double v, long tickNs, long advertPeriodNs, double wMin, int flowCapPackets,
        long delayPeriodNs, double delayStep, long admissionPeriodNs, double blockAbove, int meanPacketBytes, long holAgeNs) {
    public DanumParameters {
        if (!(v > 0) || tickNs <= 0 || advertPeriodNs <= 0 || flowCapPackets < 1 || delayPeriodNs <= 0
                || admissionPeriodNs <= 0 || holAgeNs <= 0) {
            throw new IllegalArgumentException("DANUM parameters must be positive");
        }
    }

    /** V = 5000, Delta = 10 ms, T_adv = 100 ms, W_min = 0, Q_cap = 100, T_d = 1 s, gamma_d = 1, 1 s admission, tau = 50 ms. */
    public static DanumParameters defaults() {
        return new DanumParameters(5000, 10_000_000L, 100_000_000L, 0, 100, 1_000_000_000L, 1.0, 1_000_000_000L, 0.5,
                1000, 50_000_000L);
    }

    public DanumParameters withV(double newV) {
        return new DanumParameters(newV, tickNs, advertPeriodNs, wMin, flowCapPackets, delayPeriodNs, delayStep,
                admissionPeriodNs, blockAbove, meanPacketBytes, holAgeNs);
    }
}
