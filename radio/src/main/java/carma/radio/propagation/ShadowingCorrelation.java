package carma.radio.propagation;

/**
 * The exponential (Gudmundson) autocorrelation of log-normal shadowing, {@code R(Δx) = exp(−a·|Δx|/d_cor)}.
 * UMTS 30.03 defines the decorrelation length as the distance where the correlation falls to 0.5
 * (a = ln 2, the default); other literature uses 1/e (a = 1).
 */
public enum ShadowingCorrelation {
    /** UMTS 30.03: R(d_cor) = 0.5. */
    HALF_AT_DECORRELATION_DISTANCE(Math.log(2)),
    /** R(d_cor) = 1/e. */
    INVERSE_E_AT_DECORRELATION_DISTANCE(1.0);

    private final double exponent;

    ShadowingCorrelation(double exponent) {
        this.exponent = exponent;
    }

    /** Correlation at separation {@code distanceM} for decorrelation distance {@code decorrelationM}. */
    public double correlation(double distanceM, double decorrelationM) {
        return Math.exp(-exponent * Math.abs(distanceM) / decorrelationM);
    }
}
