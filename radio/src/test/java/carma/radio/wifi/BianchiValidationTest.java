package carma.radio.wifi;

import static org.assertj.core.api.Assertions.assertThat;

import carma.kernel.random.RandomStreams;
import org.junit.jupiter.api.Test;

/**
 * Validates the event-level DCF contention simulation against Bianchi's fixed point. Tolerance:
 * Bianchi (2000) reports his model within about 1-2 % of simulation for basic access, so we allow
 * 2 % model error plus three standard errors of the mean over independent replications.
 */
class BianchiValidationTest {
    private final PhyModeTable table = PhyModeTable.standard();

    @Test
    void bianchiFixedPointSatisfiesBothEquations() {
        FrameAirtime a = new FrameAirtime(WifiStandard.IEEE_802_11B, table);
        PhyMode mode = table.mode(PhyFamily.DSSS, 1_000_000);
        BianchiDcf.Solution s = BianchiDcf.solve(10, a, mode, 1023, 1023 + 36);
        assertThat(s.collisionProbability()).isCloseTo(1 - Math.pow(1 - s.tau(), 9), org.assertj.core.api.Assertions.within(1e-9));
        assertThat(s.tau()).isCloseTo(BianchiDcf.tauOf(s.collisionProbability(), 32, 5), org.assertj.core.api.Assertions.within(1e-9));
        // single station: no collisions, tau = 2 / (W + 1)
        assertThat(BianchiDcf.solve(1, a, mode, 1023, 1059).tau()).isCloseTo(2.0 / 33, org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void simulatedSaturationThroughputMatchesBianchi() {
        WifiStandard std = WifiStandard.IEEE_802_11A;
        FrameAirtime a = new FrameAirtime(std, table);
        PhyMode mode = table.mode(PhyFamily.OFDM, 54_000_000);
        int payload = 1500;
        int psdu = FrameAirtime.psduBytesForIpPacket(payload);
        for (int n : new int[] {2, 5, 10, 20, 50}) {
            BianchiDcf.Solution ref = BianchiDcf.solve(n, a, mode, payload, psdu);
            int reps = 8;
            double[] x = new double[reps];
            RandomStreams streams = new RandomStreams(20261121L + n);
            for (int r = 0; r < reps; r++) {
                x[r] = DcfSaturationSimulation.run(n, std, a.successfulExchangeNs(mode, psdu), a.collisionNs(mode, psdu),
                        payload * 8.0, 2_000_000_000L, streams.stream("rep" + r)).throughputBps();
            }
            double mean = mean(x);
            double sem = sd(x, mean) / Math.sqrt(reps);
            double tol = 0.02 * ref.throughputBps() + 3 * sem;
            assertThat(Math.abs(mean - ref.throughputBps())).as("n=%d sim %.3f Mbit/s vs Bianchi %.3f", n, mean / 1e6,
                    ref.throughputBps() / 1e6).isLessThanOrEqualTo(tol);
        }
    }

    static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }

    static double sd(double[] x, double mean) {
        double s = 0;
        for (double v : x) {
            s += (v - mean) * (v - mean);
        }
        return Math.sqrt(s / (x.length - 1));
    }
}
