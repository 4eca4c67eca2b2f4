package carma.radio.propagation;

/**
 * Log-distance path loss, {@code PL(d) = PL(d0) + 10 n log10(d / d0)} with free-space loss at the
 * reference distance, {@code PL(d0) = 20 log10(4 pi d0 f / c)} (fair-mesh.md section 4.1; at
 * 2.412 GHz and d0 = 1 m, PL(d0) = 40.1 dB). Distances below d0 are clamped to d0. Used by the
 * mesh's 802.11 links and by the fair-mesh optimiser's geometric instances.
 */
public final class LogDistancePathLoss implements PathLossModel {
    private static final double SPEED_OF_LIGHT_MPS = 299_792_458.0;
    private final double carrierHz;
    private final double exponent;
    private final double referenceDistanceM;
    private final double referenceLossDb;

    /** Free-space loss at {@code referenceDistanceM} for {@code carrierHz}, then exponent {@code n}. */
    public LogDistancePathLoss(double carrierHz, double exponent, double referenceDistanceM) {
        if (!(carrierHz > 0) || !(exponent > 0) || !(referenceDistanceM > 0)) {
            throw new IllegalArgumentException("path loss: carrierHz, exponent and referenceDistanceM must be > 0");
        }
        this.carrierHz = carrierHz;
        this.exponent = exponent;
        this.referenceDistanceM = referenceDistanceM;
        this.referenceLossDb = 20 * Math.log10(4 * Math.PI * referenceDistanceM * carrierHz / SPEED_OF_LIGHT_MPS);
    }

    /** Free-space reference loss at 1 m for {@code carrierHz}, then exponent {@code n}. */
    public static LogDistancePathLoss withFreeSpaceReference(double carrierHz, double exponent) {
        return new LogDistancePathLoss(carrierHz, exponent, 1.0);
    }

    @Override
    public double pathLossDb(double distanceM) {
        double d = Math.max(distanceM, referenceDistanceM);
        return referenceLossDb + 10 * exponent * Math.log10(d / referenceDistanceM);
    }

    public double carrierHz() {
        return carrierHz;
    }

    public double exponent() {
        return exponent;
    }

    public double referenceDistanceM() {
        return referenceDistanceM;
    }

    public double referenceLossDb() {
        return referenceLossDb;
    }
}
