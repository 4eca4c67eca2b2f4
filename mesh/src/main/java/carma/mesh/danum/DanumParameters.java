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
        return builder().build();
    }

    public DanumParameters withV(double newV) {
        return toBuilder().v(newV).build();
    }

    /** A builder holding the defaults of {@link #defaults()}. */
    public static Builder builder() {
        return new Builder()
                .v(5000)
                .tickNs(10_000_000L)
                .advertPeriodNs(100_000_000L)
                .wMin(0)
                .flowCapPackets(100)
                .delayPeriodNs(1_000_000_000L)
                .delayStep(1.0)
                .admissionPeriodNs(1_000_000_000L)
                .blockAbove(0.5)
                .meanPacketBytes(1000)
                .holAgeNs(50_000_000L);
    }

    /** A builder preset to this record's values. */
    public Builder toBuilder() {
        return new Builder()
                .v(v)
                .tickNs(tickNs)
                .advertPeriodNs(advertPeriodNs)
                .wMin(wMin)
                .flowCapPackets(flowCapPackets)
                .delayPeriodNs(delayPeriodNs)
                .delayStep(delayStep)
                .admissionPeriodNs(admissionPeriodNs)
                .blockAbove(blockAbove)
                .meanPacketBytes(meanPacketBytes)
                .holAgeNs(holAgeNs);
    }

    /** Named construction of a {@link DanumParameters}; every component is set by name. */
    public static final class Builder {
        private double v;
        private long tickNs;
        private long advertPeriodNs;
        private double wMin;
        private int flowCapPackets;
        private long delayPeriodNs;
        private double delayStep;
        private long admissionPeriodNs;
        private double blockAbove;
        private int meanPacketBytes;
        private long holAgeNs;

        private Builder() {}

        public Builder v(double value) {
            this.v = value;
            return this;
        }

        public Builder tickNs(long value) {
            this.tickNs = value;
            return this;
        }

        public Builder advertPeriodNs(long value) {
            this.advertPeriodNs = value;
            return this;
        }

        public Builder wMin(double value) {
            this.wMin = value;
            return this;
        }

        public Builder flowCapPackets(int value) {
            this.flowCapPackets = value;
            return this;
        }

        public Builder delayPeriodNs(long value) {
            this.delayPeriodNs = value;
            return this;
        }

        public Builder delayStep(double value) {
            this.delayStep = value;
            return this;
        }

        public Builder admissionPeriodNs(long value) {
            this.admissionPeriodNs = value;
            return this;
        }

        public Builder blockAbove(double value) {
            this.blockAbove = value;
            return this;
        }

        public Builder meanPacketBytes(int value) {
            this.meanPacketBytes = value;
            return this;
        }

        public Builder holAgeNs(long value) {
            this.holAgeNs = value;
            return this;
        }

        public DanumParameters build() {
            return new DanumParameters(v, tickNs, advertPeriodNs, wMin, flowCapPackets, delayPeriodNs, delayStep,
                    admissionPeriodNs, blockAbove, meanPacketBytes, holAgeNs);
        }
    }
}
