package carma.ran.emulator;

/**
 * Emulator-wide settings.
 *
 * @param bufferLimitBits per-user downlink buffer; packets beyond it are discarded (drop-tail)
 * @param ipRanLossProbability per-packet IP-RAN transport loss (AROMA §5.2.9, per scenario)
 * @param statsIntervalNs period of the per-cell and per-service statistics records
 * @param fastFading per-TTI Rayleigh fading (Jakes-correlated AR(1)) on top of shadowing
 * @param carrierHzForDoppler carrier used for the Doppler frequency of the fading
 * @param warmupNs statistics (per-user figures, handover and mobility totals) count from this time on
 */
public record EmulatorSettings(long bufferLimitBits, double ipRanLossProbability, long statsIntervalNs,
        boolean fastFading, double carrierHzForDoppler, long warmupNs) {
    public EmulatorSettings {
        if (bufferLimitBits <= 0 || !(ipRanLossProbability >= 0 && ipRanLossProbability < 1) || statsIntervalNs <= 0
                || warmupNs < 0) {
            throw new IllegalArgumentException("invalid emulator settings");
        }
    }

    /** 2 Mbit buffers, no IP-RAN loss, statistics every second, no fast fading (AROMA: path loss + shadowing), no warm-up. */
    public static EmulatorSettings defaults() {
        return builder().build();
    }

    /** A builder holding the defaults of {@link #defaults()}. */
    public static Builder builder() {
        return new Builder()
                .bufferLimitBits(2_000_000)
                .ipRanLossProbability(0)
                .statsIntervalNs(1_000_000_000L)
                .fastFading(false)
                .carrierHzForDoppler(2e9)
                .warmupNs(0);
    }

    /** A builder preset to this record's values. */
    public Builder toBuilder() {
        return new Builder()
                .bufferLimitBits(bufferLimitBits)
                .ipRanLossProbability(ipRanLossProbability)
                .statsIntervalNs(statsIntervalNs)
                .fastFading(fastFading)
                .carrierHzForDoppler(carrierHzForDoppler)
                .warmupNs(warmupNs);
    }

    /** Named construction of a {@link EmulatorSettings}; every component is set by name. */
    public static final class Builder {
        private long bufferLimitBits;
        private double ipRanLossProbability;
        private long statsIntervalNs;
        private boolean fastFading;
        private double carrierHzForDoppler;
        private long warmupNs;

        private Builder() {}

        public Builder bufferLimitBits(long value) {
            this.bufferLimitBits = value;
            return this;
        }

        public Builder ipRanLossProbability(double value) {
            this.ipRanLossProbability = value;
            return this;
        }

        public Builder statsIntervalNs(long value) {
            this.statsIntervalNs = value;
            return this;
        }

        public Builder fastFading(boolean value) {
            this.fastFading = value;
            return this;
        }

        public Builder carrierHzForDoppler(double value) {
            this.carrierHzForDoppler = value;
            return this;
        }

        public Builder warmupNs(long value) {
            this.warmupNs = value;
            return this;
        }

        public EmulatorSettings build() {
            return new EmulatorSettings(bufferLimitBits, ipRanLossProbability, statsIntervalNs, fastFading,
                    carrierHzForDoppler, warmupNs);
        }
    }
}
