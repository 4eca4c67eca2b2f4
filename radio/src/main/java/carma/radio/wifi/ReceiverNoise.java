package carma.radio.wifi;

/**
 * Thermal noise of a receiver, N = -174 dBm/Hz + 10 log10(B) + NF, and the SNR thresholds implied
 * by the standard's sensitivity figures. The standard derives its minimum sensitivities for a
 * reference receiver with a 10 dB noise figure (incl. implementation margin), so a mode's SNR
 * threshold is its sensitivity minus that receiver's noise floor (e.g. 6 Mbit/s OFDM: -82 - (-91)
 * = 9 dB at PER 10 % for 1000 octets). [reconstructed: the threshold SNRs are implied, not tabulated]
 */
public final class ReceiverNoise {
    /** Noise figure of the standard's reference receiver, dB. */
    public static final double REFERENCE_NOISE_FIGURE_DB = 10.0;
    private static final double THERMAL_DBM_PER_HZ = -174.0;

    private ReceiverNoise() {}

    public static double noiseFloorDbm(double bandwidthHz, double noiseFigureDb) {
        return THERMAL_DBM_PER_HZ + 10 * Math.log10(bandwidthHz) + noiseFigureDb;
    }

    /** The noise floor of the standard's reference receiver. */
    public static double referenceNoiseFloorDbm(WifiStandard standard) {
        return noiseFloorDbm(standard.noiseBandwidthHz(), REFERENCE_NOISE_FIGURE_DB);
    }

    /** SNR (dB) at which {@code mode} reaches the sensitivity-defining error rate. */
    public static double snrThresholdDb(WifiStandard standard, PhyMode mode) {
        return mode.sensitivityDbm() - referenceNoiseFloorDbm(standard);
    }
}
