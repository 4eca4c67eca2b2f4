package carma.ran.emulator;

/**
 * Emulator-wide settings.
 *
 * @param bufferLimitBits per-user downlink buffer; packets beyond it are discarded (drop-tail)
 * @param ipRanLossProbability per-packet IP-RAN transport loss (AROMA §5.2.9, per scenario)
 * @param statsIntervalNs period of the per-cell and per-service statistics records
 * @param fastFading per-TTI Rayleigh fading (Jakes-correlated AR(1)) on top of shadowing
 * @param carrierHzForDoppler carrier used for the Doppler frequency of the fading
 */
public record EmulatorSettings(long bufferLimitBits, double ipRanLossProbability, long statsIntervalNs,
        boolean fastFading, double carrierHzForDoppler) {
    public EmulatorSettings {
        if (bufferLimitBits <= 0 || !(ipRanLossProbability >= 0 && ipRanLossProbability < 1) || statsIntervalNs <= 0) {
            throw new IllegalArgumentException("invalid emulator settings");
        }
    }

    /** 2 Mbit buffers, no IP-RAN loss, statistics every second, no fast fading (AROMA: path loss + shadowing). */
    public static EmulatorSettings defaults() {
        return new EmulatorSettings(2_000_000, 0, 1_000_000_000L, false, 2e9);
    }
}
