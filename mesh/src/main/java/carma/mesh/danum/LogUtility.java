package carma.mesh.danum;

/** Elastic utility {@code U(x) = w ln(1 + x / x0)} (WWW, e-mail, FTP). */
public record LogUtility(double weight, double x0Kbps) implements UtilityFunction {
    public LogUtility {
        if (!(weight > 0) || !(x0Kbps > 0)) {
            throw new IllegalArgumentException("log utility needs positive w and x0");
        }
    }

    @Override
    public double value(double rateKbps) {
        return weight * Math.log1p(rateKbps / x0Kbps);
    }

    @Override
    public double marginal(double rateKbps) {
        return weight / (x0Kbps + rateKbps);
    }

    /** U'^{-1}(price) = w / price - x0 (unclamped). */
    public double rateForPrice(double pricePerKbit) {
        return pricePerKbit <= 0 ? Double.POSITIVE_INFINITY : weight / pricePerKbit - x0Kbps;
    }

    @Override
    public boolean elastic() {
        return true;
    }
}
