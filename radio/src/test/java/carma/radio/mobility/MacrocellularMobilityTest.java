package carma.radio.mobility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import carma.kernel.random.RandomStream;
import carma.radio.geometry.ServiceArea;
import org.junit.jupiter.api.Test;

class MacrocellularMobilityTest {
    private final ServiceArea area = ServiceArea.aromaDefault();

    @Test
    void directionChangesAtOneStepInFiveWithUniformTurnsWithinFortyDegrees() {
        int users = 200;
        MacrocellularMobility m = new MacrocellularMobility(area, MacrocellularMobility.Parameters.aroma(), users,
                new RandomStream(7));
        for (int i = 0; i < users; i++) {
            m.place(i, 50 / 3.6, 0);
        }
        long changes = 0;
        long steps = 0;
        double sumTurn = 0;
        double sumTurnSq = 0;
        double maxTurn = 0;
        for (int s = 0; s < 200; s++) {
            for (int i = 0; i < users; i++) {
                double before = m.directionRad(i);
                m.step(i);
                double turn = m.directionRad(i) - before;
                steps++;
                if (turn != 0) {
                    changes++;
                    sumTurn += turn;
                    sumTurnSq += turn * turn;
                    maxTurn = Math.max(maxTurn, Math.abs(turn));
                }
            }
        }
        double p = changes / (double) steps;
        assertThat(p).isCloseTo(0.2, within(4 * Math.sqrt(0.2 * 0.8 / steps)));
        double a = Math.toRadians(40);
        double varUniform = (2 * a) * (2 * a) / 12;
        assertThat(sumTurn / changes).isCloseTo(0, within(4 * Math.sqrt(varUniform / changes)));
        // variance of the sample second moment of a uniform: E[t^4] - E[t^2]^2 = a^4/5 - a^4/9
        double seSecond = Math.sqrt((Math.pow(a, 4) / 5 - Math.pow(a, 4) / 9) / changes);
        assertThat(sumTurnSq / changes).isCloseTo(varUniform, within(4 * seSecond));
        assertThat(maxTurn).isLessThanOrEqualTo(a);
    }

    @Test
    void wrapAroundKeepsEveryUserInsideAndStepsAreTwentyMetres() {
        int users = 500;
        MacrocellularMobility m = new MacrocellularMobility(area, MacrocellularMobility.Parameters.aroma(), users,
                new RandomStream(11));
        for (int i = 0; i < users; i++) {
            m.place(i, 120 / 3.6, 0);
        }
        boolean wrapped = false;
        for (long t = 10_000_000L; t <= 600_000_000_000L; t += 1_000_000_000L) {
            int moved = m.advance(t);
            for (int k = 0; k < moved; k++) {
                int i = m.movedUsers()[k];
                assertThat(area.contains(m.xM(i), m.yM(i))).isTrue();
            }
        }
        // after 600 s at 120 km/h (20 km) every user has crossed a border at least once in x or y
        for (int i = 0; i < users; i++) {
            assertThat(area.contains(m.xM(i), m.yM(i))).isTrue();
        }
        MacrocellularMobility one = new MacrocellularMobility(area, MacrocellularMobility.Parameters.aroma(), 1,
                new RandomStream(3));
        one.place(0, 10, 0);
        for (int s = 0; s < 5000; s++) {
            double x0 = one.xM(0);
            double y0 = one.yM(0);
            one.step(0);
            double dx = Math.abs(one.xM(0) - x0);
            double dy = Math.abs(one.yM(0) - y0);
            dx = Math.min(dx, area.widthM() - dx);
            dy = Math.min(dy, area.heightM() - dy);
            wrapped |= Math.abs(one.xM(0) - x0) > 20 || Math.abs(one.yM(0) - y0) > 20;
            assertThat(Math.hypot(dx, dy)).isCloseTo(20, within(1e-6));
        }
        assertThat(wrapped).as("a 100 km walk crosses a border").isTrue();
    }

    @Test
    void stepsAreTakenAtStepLengthOverSpeed() {
        MacrocellularMobility m = new MacrocellularMobility(area, MacrocellularMobility.Parameters.aroma(), 2,
                new RandomStream(5));
        m.place(0, 50 / 3.6, 0); // a step every 1.44 s
        m.place(1, 0, 0);
        int moves = 0;
        for (long t = 10_000_000L; t <= 144_000_000_000L; t += 10_000_000L) {
            int n = m.advance(t);
            for (int k = 0; k < n; k++) {
                assertThat(m.movedUsers()[k]).isEqualTo(0);
                moves++;
            }
        }
        assertThat(moves).isEqualTo(100);
    }
}
