package carma.mesh.danum;

/**
 * Inelastic utility {@code U(x) = w / (1 + exp(-a (x - x_req)))} with {@code a = 10 / x_req} by
 * default (VoIP, video): worth little below the required rate, w at it.
 */
public record SigmoidUtility(double weight, double requiredKbps, double steepnessPerKbps) implements UtilityFunction {
    public SigmoidUtility {
        if (!(weight > 0) || !(requiredKbps > 0) || !(steepnessPerKbps > 0)) {
            throw new IllegalArgumentException("sigmoid utility needs positive w, x_req and a");
        }
    }

    public static SigmoidUtility of(double weight, double requiredKbps) {
        return new SigmoidUtility(weight, requiredKbps, 10.0 / requiredKbps);
    }

    @Override
    public double value(double rateKbps) {
        return weight / (1 + Math.exp(-steepnessPerKbps * (rateKbps - requiredKbps)));
    }

    @Override
    public double marginal(double rateKbps) {
        double v = value(rateKbps) / weight;
        return weight * steepnessPerKbps * v * (1 - v);
    }

    @Override
    public boolean elastic() {
        return false;
    }
}
