package carma.radio.link;

/**
 * Receiver noise power {@code N = −174 dBm/Hz + 10·log10(B) + NF} (AROMA paper §5.2.7: −174 dBm/Hz
 * over the channel bandwidth; 3.84 MHz → −108.2 dBm, 200 kHz → −121.0 dBm, 20 MHz → −101.0 dBm
 * before the noise figure).
 */
public final class ThermalNoise {
    public static final double DENSITY_DBM_PER_HZ = -174;

    private ThermalNoise() {}

    public static double noiseDbm(double bandwidthHz, double noiseFigureDb) {
        if (!(bandwidthHz > 0)) {
            throw new IllegalArgumentException("bandwidth must be positive");
        }
        return DENSITY_DBM_PER_HZ + 10 * Math.log10(bandwidthHz) + noiseFigureDb;
    }
}
