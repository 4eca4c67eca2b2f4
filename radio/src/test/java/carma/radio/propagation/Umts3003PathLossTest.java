package carma.radio.propagation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class Umts3003PathLossTest {
    private static double formula(double rKm, double fMHz, double dh) {
        return 40 * (1 - 4e-3 * dh) * Math.log10(rKm) - 18 * Math.log10(dh) + 21 * Math.log10(fMHz) + 80;
    }

    @Test
    void perFrequencyConstantsMatchTheReferenceTable() {
        assertThat(Umts3003PathLoss.vehicular(900e6).interceptDb()).isCloseTo(120.9, within(0.05));
        assertThat(Umts3003PathLoss.vehicular(2000e6).interceptDb()).isCloseTo(128.1, within(0.06));
        assertThat(Umts3003PathLoss.vehicular(2400e6).interceptDb()).isCloseTo(129.8, within(0.05));
        assertThat(Umts3003PathLoss.vehicular(2000e6).slopeDbPerDecade()).isCloseTo(37.6, within(1e-12));
    }

    @Test
    void spotValuesFollowTheFormula() {
        double[] distancesM = {150, 500, 1000, 2000, 3500, 8000};
        double[] carriers = {900e6, 2000e6, 2400e6};
        for (double f : carriers) {
            Umts3003PathLoss pl = Umts3003PathLoss.vehicular(f);
            for (double d : distancesM) {
                assertThat(pl.pathLossDb(d)).as("f=%s d=%s", f, d).isCloseTo(formula(d / 1e3, f / 1e6, 15), within(1e-9));
            }
        }
        assertThat(Umts3003PathLoss.vehicular(2000e6).pathLossDb(2000) - Umts3003PathLoss.vehicular(2000e6).pathLossDb(200))
                .isCloseTo(37.6, within(1e-9));
    }

    @Test
    void closeToTheAntennaTheLossIsClampedToFreeSpaceAndMinimumCoupling() {
        Umts3003PathLoss pl = Umts3003PathLoss.vehicular(2000e6);
        assertThat(pl.pathLossDb(1)).isEqualTo(70.0);
        assertThat(pl.pathLossDb(5)).isGreaterThanOrEqualTo(Umts3003PathLoss.freeSpaceDb(5, 2000));
        assertThat(pl.pathLossDb(30)).isGreaterThanOrEqualTo(70.0);
    }
}
