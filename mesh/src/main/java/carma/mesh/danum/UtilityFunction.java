package carma.mesh.danum;

/**
 * A rate utility U(x), x in kbit/s, U in Denarii per second (danum.md section 3.4,
 * [reconstructed]).
 */
public sealed interface UtilityFunction permits LogUtility, SigmoidUtility {
    double value(double rateKbps);

    double marginal(double rateKbps);

    /** True for elastic (rate-adaptive) utilities; false for inelastic (required-rate) ones. */
    boolean elastic();
}
