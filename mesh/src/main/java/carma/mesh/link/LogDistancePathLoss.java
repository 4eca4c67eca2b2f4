package carma.mesh.link;

/**
 * Log-distance path loss, {@code PL(d) = PL(d0) + 10 n log10(d / d0)} with free-space loss at the
 * reference distance, {@code PL(d0) = 20 log10(4 pi d0 f / c)} (fair-mesh.md section 4.1; at
 * 2.412 GHz and d0 = 1 m, PL(d0) = 40.1 dB). Distances below d0 are clamped to d0.
 */
public final class LogDistancePathLoss implements PathLossModel {
    private static final double SPEED_OF_LIGHT_MPS = 299_792_458.0;
    private final double referenceLossDb;
    private final double exponent;
    private final double referenceDistanceM;

    public LogDistancePathLoss(double referenceLossDb, double exponent, double referenceDistanceM) {
        if (!(exponent > 0) || !(referenceDistanceM > 0)) {
            throw new IllegalArgumentException("exponent and reference distance must be positive");
        }
        this.referenceLossDb = referenceLossDb;
        this.exponent = exponent;
        this.referenceDistanceM = referenceDistanceM;
    }

    /** Free-space reference loss at 1 m for {@code carrierHz}, then exponent {@code n}. */
    public static LogDistancePathLoss withFreeSpaceReference(double carrierHz, double exponent) {
        double fspl = 20 * Math.log10(4 * Math.PI * carrierHz / SPEED_OF_LIGHT_MPS);
        return new LogDistancePathLoss(fspl, exponent, 1.0);
    }

    @Override
    public double pathLossDb(double distanceM) {
        double d = Math.max(distanceM, referenceDistanceM);
        return referenceLossDb + 10 * exponent * Math.log10(d / referenceDistanceM);
    }

    public double exponent() {
        return exponent;
    }

    public double referenceLossDb() {
        return referenceLossDb;
    }
}
