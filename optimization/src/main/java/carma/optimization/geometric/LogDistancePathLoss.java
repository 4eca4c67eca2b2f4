package carma.optimization.geometric;

/**
 * Log-distance path loss PL(d) = 20·log10(4π·d0/λ) + 10·n·log10(d/d0), free space up to the
 * reference distance d0 (distances below d0 are clamped to d0).
 */
public record LogDistancePathLoss(double exponent, double referenceDistanceM, double carrierHz) {
    private static final double SPEED_OF_LIGHT_MPS = 299_792_458.0;

    public LogDistancePathLoss {
        if (!(exponent > 0) || !(referenceDistanceM > 0) || !(carrierHz > 0)) {
            throw new IllegalArgumentException("path loss: exponent, referenceDistanceM and carrierHz must be > 0");
        }
    }

    public double referenceLossDb() {
        double wavelengthM = SPEED_OF_LIGHT_MPS / carrierHz;
        return 20.0 * Math.log10(4.0 * Math.PI * referenceDistanceM / wavelengthM);
    }

    public double pathLossDb(double distanceM) {
        double d = Math.max(distanceM, referenceDistanceM);
        return referenceLossDb() + 10.0 * exponent * Math.log10(d / referenceDistanceM);
    }
}
