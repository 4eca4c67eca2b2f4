package carma.corenet.diffserv;

import static org.assertj.core.api.Assertions.assertThat;

import carma.kernel.random.RandomStream;
import carma.kernel.random.RandomStreams;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WredTest {
    private static final RedCurve LOW = new RedCurve(32, 40, 0.1);
    private static final RedCurve MEDIUM = new RedCurve(28, 40, 0.1);
    private static final RedCurve HIGH = new RedCurve(24, 40, 0.1);

    private static Wred wred(RandomStream r) {
        return new Wred(Map.of(DropPrecedence.LOW, LOW, DropPrecedence.MEDIUM, MEDIUM, DropPrecedence.HIGH, HIGH),
                1.0 / 512, 1_200_000, r);
    }

    /**
     * The long-run drop fraction of RED with its count correction, at a constant average p_b. After a
     * drop, packet n (count = n) is dropped with hazard p_b/(1 − n·p_b), so the gap X between drops
     * has P(X = n) = p_b/(1 − p_b) for n = 1 … ⌈1/p_b⌉ − 1 (F&amp;J §7): the fraction is 1/E[X] ≈ 2·p_b,
     * not p_b. Computed here from the hazard, with E[X] and Var[X] for the tolerance.
     */
    private static double[] gapMoments(double pb) {
        double survive = 1;
        double mean = 0;
        double second = 0;
        for (int n = 1; survive > 1e-15; n++) {
            double den = 1 - n * pb;
            double h = den <= 0 ? 1 : Math.min(1, pb / den);
            double p = survive * h;
            mean += n * p;
            second += (double) n * n * p;
            survive -= p;
        }
        return new double[] {mean, second - mean * mean};
    }

    /**
     * Drop fraction against the configured curve at several queue lengths of each precedence: held
     * at q, the average converges to q, so the fraction must be 1/E[X] at p_b(q). Tolerance: the
     * renewal CLT, drops in N arrivals ~ Normal(N/E[X], N·Var[X]/E[X]³), at 4.5 σ. Checked: a RED that
     * ignores count (drops with p_b alone) fails at every point between the thresholds (about half
     * the expected fraction).
     */
    @Test
    void dropFractionFollowsTheConfiguredCurvePerPrecedence() {
        RandomStreams streams = new RandomStreams(2026);
        int n = 200_000;
        int warm = 10_000;
        Object[][] cases = {{DropPrecedence.LOW, LOW, 34}, {DropPrecedence.LOW, LOW, 38},
            {DropPrecedence.MEDIUM, MEDIUM, 31}, {DropPrecedence.MEDIUM, MEDIUM, 37},
            {DropPrecedence.HIGH, HIGH, 26}, {DropPrecedence.HIGH, HIGH, 36}};
        for (Object[] c : cases) {
            DropPrecedence d = (DropPrecedence) c[0];
            RedCurve curve = (RedCurve) c[1];
            int q = (Integer) c[2];
            Wred w = wred(streams.stream("wred-" + d + "-" + q));
            for (int i = 0; i < warm; i++) {
                w.dropOnArrival(q, d, i);
            }
            assertThat(w.averagePackets()).isCloseTo(q, org.assertj.core.data.Offset.offset(1e-6 * q));
            int drops = 0;
            for (int i = 0; i < n; i++) {
                drops += w.dropOnArrival(q, d, warm + i) ? 1 : 0;
            }
            double[] m = gapMoments(curve.baseProbability(q));
            double expected = n / m[0];
            double sigma = Math.sqrt(n * m[1] / (m[0] * m[0] * m[0]));
            assertThat((double) drops).as("%s at q=%d", d, q).isCloseTo(expected,
                    org.assertj.core.data.Offset.offset(4.5 * sigma + 1));
        }
    }

    @Test
    void noEarlyDropBelowMinThresholdAndAllDroppedAtMax() {
        Wred w = wred(new RandomStream(1));
        for (int i = 0; i < 20_000; i++) {
            assertThat(w.dropOnArrival(23, DropPrecedence.HIGH, i)).isFalse();
        }
        Wred full = wred(new RandomStream(1));
        for (int i = 0; i < 20_000; i++) {
            full.dropOnArrival(45, DropPrecedence.LOW, i);
        }
        assertThat(full.dropOnArrival(45, DropPrecedence.LOW, 20_000)).isTrue();
        // the same average drops a high precedence packet earlier than a low one
        assertThat(LOW.baseProbability(30)).isZero();
        assertThat(HIGH.baseProbability(30)).isGreaterThan(MEDIUM.baseProbability(30)).isPositive();
    }

    @Test
    void idleTimeAgesTheAverage() {
        Wred w = wred(new RandomStream(1));
        for (int i = 0; i < 20_000; i++) {
            w.dropOnArrival(20, DropPrecedence.LOW, i);
        }
        double before = w.averagePackets();
        w.onIdle(1_000_000_000L);
        w.dropOnArrival(0, DropPrecedence.LOW, 1_000_000_000L + 512 * 1_200_000L);
        // 512 packet times at w_q = 1/512: (1 − 1/512)^512 ≈ e⁻¹, then one update with q = 0
        double expected = before * Math.pow(1 - 1.0 / 512, 512) * (1 - 1.0 / 512);
        assertThat(w.averagePackets()).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-9));
    }
}
