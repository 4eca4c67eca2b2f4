package carma.ran.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The layer-3 filter and the time-to-trigger against sequences computed by hand. */
class Layer3FilterTest {
    private static final long MS = 1_000_000L;

    @Test
    void filterWeightIsTwoToTheMinusKOverFour() {
        assertThat(Layer3Filter.weight(0)).isEqualTo(1.0);
        assertThat(Layer3Filter.weight(4)).isEqualTo(0.5);
        assertThat(Layer3Filter.weight(8)).isEqualTo(0.25);
        assertThat(Layer3Filter.weight(2)).isCloseTo(1 / Math.sqrt(2), within(1e-15));
        assertThatThrownBy(() -> Layer3Filter.weight(20)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void filterFollowsTheRecursionByHand() {
        // k = 4, a = 1/2: F1 = M1 = -80; F2 = (-80 - 90)/2 = -85; F3 = (-85 - 90)/2 = -87.5;
        // F4 = (-87.5 - 70)/2 = -78.75
        Layer3Filter f = new Layer3Filter(4);
        double[] m = {-80, -90, -90, -70};
        double[] expected = {-80, -85, -87.5, -78.75};
        double filtered = m[0];
        assertThat(filtered).isEqualTo(expected[0]);
        for (int i = 1; i < m.length; i++) {
            filtered = f.next(filtered, m[i]);
            assertThat(filtered).isEqualTo(expected[i]);
        }
        // k = 8, a = 1/4, a step of 12 dB: F = -100 + 12 (1 - 0.75^n): 9, 15.75 → -91, -88.75 after 1, 2
        Layer3Filter slow = new Layer3Filter(8);
        assertThat(slow.next(-100, -88)).isEqualTo(-97.0);
        assertThat(slow.next(-97, -88)).isEqualTo(-94.75);
    }

    @Test
    void timeToTriggerFiresOnlyAfterTheSameCandidateHeldLongEnough() {
        TimeToTrigger ttt = new TimeToTrigger(2);
        long t = 640 * MS;
        // measurements every 200 ms; candidate 5 from 0 ms, interrupted at 400 ms, back from 600 ms:
        // the timer restarts at 600 ms and fires at the first measurement at or after 1240 ms, i.e. 1400 ms.
        int[] candidate = {5, 5, TimeToTrigger.NONE, 5, 5, 5, 5, 5};
        boolean[] expected = {false, false, false, false, false, false, false, true};
        for (int i = 0; i < candidate.length; i++) {
            assertThat(ttt.holds(0, candidate[i], i * 200 * MS, t)).as("measurement at %d ms", i * 200).isEqualTo(expected[i]);
        }
        // another candidate restarts the timer; a zero time-to-trigger fires at once
        assertThat(ttt.holds(1, 3, 0, t)).isFalse();
        assertThat(ttt.holds(1, 4, 600 * MS, t)).isFalse();
        assertThat(ttt.holds(1, 4, 1200 * MS, t)).isFalse();
        assertThat(ttt.holds(1, 4, 1240 * MS, t)).isTrue();
        assertThat(new TimeToTrigger(1).holds(0, 2, 0, 0)).isTrue();
    }

    @Test
    void filteredEventWithHysteresisAndTimeToTriggerFiresAtTheHandComputedMeasurement() {
        // Serving cell steady at -80 dBm; the neighbour jumps from -85 to -74 dBm at measurement 1.
        // k = 4 (a = 1/2): neighbour filtered -85, -79.5, -76.75, -75.375, -74.6875, ...
        // Entering condition with 3 dB hysteresis: filtered > -77 → first true at measurement 2
        // (-76.75, t = 400 ms). Time-to-trigger 320 ms at 200 ms periods: the handover fires at
        // measurement 4 (t = 800 ms ≥ 400 + 320), not 3 (t = 600 ms).
        Layer3Filter f = new Layer3Filter(4);
        TimeToTrigger ttt = new TimeToTrigger(1);
        double neighbour = -85;
        int fired = -1;
        for (int n = 0; n < 10 && fired < 0; n++) {
            double m = n == 0 ? -85 : -74;
            neighbour = n == 0 ? m : f.next(neighbour, m);
            int candidate = neighbour > -80 + 3 ? 7 : TimeToTrigger.NONE;
            if (ttt.holds(0, candidate, n * 200 * MS, 320 * MS)) {
                fired = n;
            }
        }
        assertThat(fired).isEqualTo(4);
    }
}
