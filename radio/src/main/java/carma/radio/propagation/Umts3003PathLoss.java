package carma.radio.propagation;

/**
 * UMTS 30.03 (ETSI TR 101 112 §B.1.4.1.3) vehicular test environment path loss:
 * {@code L = 40·(1 − 4·10⁻³·Δh_b)·log10(R_km) − 18·log10(Δh_b) + 21·log10(f_MHz) + 80} dB,
 * with Δh_b the base-station antenna height above the average rooftop (AROMA: about 15 m, giving
 * 120.9 / 128.1 / 129.8 + 37.6·log10(R_km) dB at 900 / 2000 / 2400 MHz). The model is for NLOS
 * macro cells; close to the antenna the loss is clamped to at least the free-space loss and the
 * minimum coupling loss (TR 25.942: 70 dB macro; TR 43.869 uses 64 dB at 2 GHz).
 */
public final class Umts3003PathLoss implements PathLossModel {
    private final double intercept;
    private final double slopePerDecade;
    private final double carrierMHz;
    private final double minCouplingLossDb;

    public Umts3003PathLoss(double carrierHz, double deltaHbM, double minCouplingLossDb) {
        if (!(carrierHz > 0) || !(deltaHbM > 0) || deltaHbM >= 250) {
            throw new IllegalArgumentException("30.03 path loss needs a positive carrier and 0 < Δh_b < 250 m");
        }
        this.carrierMHz = carrierHz / 1e6;
        this.slopePerDecade = 40 * (1 - 4e-3 * deltaHbM);
        this.intercept = -18 * Math.log10(deltaHbM) + 21 * Math.log10(carrierMHz) + 80;
        this.minCouplingLossDb = minCouplingLossDb;
    }

    /** 30.03 defaults: Δh_b = 15 m, minimum coupling loss 70 dB. */
    public static Umts3003PathLoss vehicular(double carrierHz) {
        return new Umts3003PathLoss(carrierHz, 15, 70);
    }

    /** The loss at 1 km, i.e. the constant of {@code L = A + B·log10(R_km)}. */
    public double interceptDb() {
        return intercept;
    }

    public double slopeDbPerDecade() {
        return slopePerDecade;
    }

    /** The bare 30.03 formula, without clamping (R in km). */
    public double formulaDb(double distanceKm) {
        return intercept + slopePerDecade * Math.log10(distanceKm);
    }

    @Override
    public double pathLossDb(double distanceM) {
        double d = Math.max(distanceM, 1.0);
        double l = formulaDb(d / 1e3);
        return Math.max(l, Math.max(freeSpaceDb(d, carrierMHz), minCouplingLossDb));
    }

    /** Free-space loss {@code 20·log10(d_km) + 20·log10(f_MHz) + 32.45} dB. */
    public static double freeSpaceDb(double distanceM, double carrierMHz) {
        return 20 * Math.log10(distanceM / 1e3) + 20 * Math.log10(carrierMHz) + 32.45;
    }
}
