package carma.radio.propagation;

import carma.kernel.random.RandomStream;
import carma.radio.geometry.Grid;

/**
 * A spatially correlated log-normal shadowing map on the propagation grid: zero-mean Gaussian in
 * dB with standard deviation σ and Gudmundson's exponential correlation. Generated as a separable
 * two-dimensional first-order autoregression (a Markov random field):
 * {@code S(i,j) = ρx·S(i−1,j) + ρy·S(i,j−1) − ρx·ρy·S(i−1,j−1) + σ·sqrt((1−ρx²)(1−ρy²))·w}, whose
 * covariance is exactly {@code σ²·ρx^|Δi|·ρy^|Δj|}: the Gudmundson exponential along the grid axes
 * (ρ = R(spacing), 0.5 at 20 m with the 30.03 convention) and an L1-distance approximation of it in
 * between. The border rows/column start from the one-dimensional stationary AR(1), so every point
 * has variance σ². One map per site, shared by its colocated cells (the same path to each point).
 */
public final class ShadowingField {
    private final float[] valuesDb;
    private final double sigmaDb;

    private ShadowingField(float[] valuesDb, double sigmaDb) {
        this.valuesDb = valuesDb;
        this.sigmaDb = sigmaDb;
    }

    public static ShadowingField generate(Grid grid, double sigmaDb, double decorrelationM,
            ShadowingCorrelation correlation, RandomStream random) {
        if (!(sigmaDb >= 0) || !(decorrelationM > 0)) {
            throw new IllegalArgumentException("shadowing needs σ >= 0 dB and a positive decorrelation distance");
        }
        int nx = grid.nx();
        int ny = grid.ny();
        double rho = correlation.correlation(grid.spacingM(), decorrelationM);
        double inn1 = Math.sqrt(1 - rho * rho);
        double inn2 = (1 - rho * rho);
        float[] s = new float[nx * ny];
        double[] prevRow = new double[nx];
        double[] row = new double[nx];
        // first row: a 1-D stationary AR(1)
        prevRow[0] = sigmaDb * random.gaussian();
        for (int i = 1; i < nx; i++) {
            prevRow[i] = rho * prevRow[i - 1] + sigmaDb * inn1 * random.gaussian();
        }
        store(s, 0, prevRow);
        for (int j = 1; j < ny; j++) {
            row[0] = rho * prevRow[0] + sigmaDb * inn1 * random.gaussian();
            for (int i = 1; i < nx; i++) {
                row[i] = rho * row[i - 1] + rho * prevRow[i] - rho * rho * prevRow[i - 1]
                        + sigmaDb * inn2 * random.gaussian();
            }
            store(s, j * nx, row);
            double[] t = prevRow;
            prevRow = row;
            row = t;
        }
        return new ShadowingField(s, sigmaDb);
    }

    /**
     * {@code sqrt(ρ)·common + sqrt(1 − ρ)·own}: a site's field with inter-site correlation ρ (the
     * usual 0.5 between base stations, 3GPP TR 25.942 §5.1.1.2), same σ and spatial correlation.
     */
    public static ShadowingField combine(ShadowingField common, ShadowingField own, double interSiteCorrelation) {
        if (!(interSiteCorrelation >= 0 && interSiteCorrelation <= 1) || common.size() != own.size()) {
            throw new IllegalArgumentException("inter-site correlation must be in [0, 1] on equal grids");
        }
        double a = Math.sqrt(interSiteCorrelation);
        double b = Math.sqrt(1 - interSiteCorrelation);
        float[] v = new float[own.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) (a * common.valuesDb[i] + b * own.valuesDb[i]);
        }
        return new ShadowingField(v, own.sigmaDb);
    }

    /** A field of zeros (shadowing disabled). */
    public static ShadowingField none(Grid grid) {
        return new ShadowingField(new float[grid.size()], 0);
    }

    private static void store(float[] s, int offset, double[] row) {
        for (int i = 0; i < row.length; i++) {
            s[offset + i] = (float) row[i];
        }
    }

    /** Shadowing loss in dB at a grid point. */
    public double lossDb(int gridIndex) {
        return valuesDb[gridIndex];
    }

    public double sigmaDb() {
        return sigmaDb;
    }

    public int size() {
        return valuesDb.length;
    }
}
