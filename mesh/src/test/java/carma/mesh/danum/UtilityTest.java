package carma.mesh.danum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import carma.mesh.net.TrafficType;
import org.junit.jupiter.api.Test;

class UtilityTest {
    @Test
    void logUtilityMarginalIsTheDerivativeAndItsInverse() {
        LogUtility u = new LogUtility(2, 64);
        double h = 1e-4;
        assertThat(u.marginal(100)).isCloseTo((u.value(100 + h) - u.value(100 - h)) / (2 * h), within(1e-8));
        assertThat(u.rateForPrice(u.marginal(300))).isCloseTo(300, within(1e-9));
    }

    @Test
    void sigmoidIsHalfAtTheRequiredRateAndItsMarginalIsTheDerivative() {
        SigmoidUtility u = SigmoidUtility.of(5, 80);
        assertThat(u.value(80)).isCloseTo(2.5, within(1e-12));
        assertThat(u.value(160)).isGreaterThan(4.99);
        double h = 1e-4;
        assertThat(u.marginal(70)).isCloseTo((u.value(70 + h) - u.value(70 - h)) / (2 * h), within(1e-8));
    }

    @Test
    void defaultProfileBindsEveryTrafficType() {
        UtilityProfile p = UtilityProfile.defaults("alice");
        for (TrafficType t : TrafficType.values()) {
            assertThat(p.of(t).utility().elastic()).as(t.name()).isEqualTo(t.elastic());
        }
        assertThat(p.of(TrafficType.VOIP).delayTargetNs()).isEqualTo(150_000_000L);
    }
}
