package carma.radio.propagation;

import static org.assertj.core.api.Assertions.assertThat;

import carma.kernel.random.RandomStream;
import carma.radio.geometry.Grid;
import carma.radio.geometry.ServiceArea;
import org.junit.jupiter.api.Test;

/**
 * Shadowing statistics with tolerances from the sample size. For the separable AR(1) field with
 * lag-1 correlation ρ, the variance of the sample mean is σ²/N·((1+ρ)/(1−ρ))², the variance of the
 * sample variance 2σ⁴/N·((1+ρ²)/(1−ρ²))², and of the lag-1 correlation estimate about
 * (1−ρ²)/N·(1+ρ²)/(1−ρ²) (Bartlett, inflated by the correlation between rows). Bounds are 4 standard errors.
 */
class ShadowingFieldTest {
    private static final double SIGMA = 10;
    private final Grid grid = new Grid(new ServiceArea(4_000, 4_000), 20);
    private final ShadowingField field = ShadowingField.generate(grid, SIGMA, 20,
            ShadowingCorrelation.HALF_AT_DECORRELATION_DISTANCE, new RandomStream(20261121L));

    @Test
    void meanIsZeroAndSigmaIsTenDb() {
        int n = grid.size();
        double sum = 0;
        double sumSq = 0;
        for (int g = 0; g < n; g++) {
            double v = field.lossDb(g);
            sum += v;
            sumSq += v * v;
        }
        double mean = sum / n;
        double var = sumSq / n - mean * mean;
        double rho = 0.5;
        double seMean = SIGMA / Math.sqrt(n) * (1 + rho) / (1 - rho);
        double seVar = SIGMA * SIGMA * Math.sqrt(2.0 / n) * (1 + rho * rho) / (1 - rho * rho);
        assertThat(Math.abs(mean)).isLessThan(4 * seMean);
        assertThat(Math.abs(var - SIGMA * SIGMA)).isLessThan(4 * seVar);
    }

    @Test
    void correlationAtTheDecorrelationDistanceIsOneHalfAlongBothAxes() {
        double rho = 0.5;
        assertThat(lagCorrelation(1, 0)).isCloseTo(rho, org.assertj.core.api.Assertions.within(tolerance(rho)));
        assertThat(lagCorrelation(0, 1)).isCloseTo(rho, org.assertj.core.api.Assertions.within(tolerance(rho)));
        assertThat(lagCorrelation(2, 0)).isCloseTo(rho * rho, org.assertj.core.api.Assertions.within(tolerance(rho * rho)));
    }

    @Test
    void theOneOverEConventionGivesThirtySevenPercent() {
        ShadowingCorrelation c = ShadowingCorrelation.INVERSE_E_AT_DECORRELATION_DISTANCE;
        assertThat(c.correlation(20, 20)).isEqualTo(Math.exp(-1));
        assertThat(ShadowingCorrelation.HALF_AT_DECORRELATION_DISTANCE.correlation(20, 20)).isEqualTo(0.5, org.assertj.core.api.Assertions.within(1e-15));
    }

    private double tolerance(double rho) {
        double n = grid.size();
        return 4 * Math.sqrt((1 - rho * rho) / n * (1 + 0.25) / (1 - 0.25)) + 1e-3;
    }

    private double lagCorrelation(int dx, int dy) {
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        double sx = 0;
        double sy = 0;
        int m = 0;
        for (int iy = 0; iy + dy < grid.ny(); iy++) {
            for (int ix = 0; ix + dx < grid.nx(); ix++) {
                double a = field.lossDb(iy * grid.nx() + ix);
                double b = field.lossDb((iy + dy) * grid.nx() + ix + dx);
                sx += a;
                sy += b;
                sxy += a * b;
                sxx += a * a;
                syy += b * b;
                m++;
            }
        }
        double cov = sxy / m - sx / m * sy / m;
        return cov / Math.sqrt((sxx / m - sx * sx / m / m) * (syy / m - sy * sy / m / m));
    }
}
