package carma.ran.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SchedulerInvariantsTest {
    /** Minimal scheduling inputs with the shared bookkeeping a cell keeps. */
    static final class Inputs implements SchedulingInputs {
        final double[] quality;
        final double[] rate;
        final double[] average;
        final long[] lastServed;

        Inputs(int n) {
            quality = new double[n];
            rate = new double[n];
            average = new double[n];
            lastServed = new long[n];
            java.util.Arrays.fill(lastServed, -1);
        }

        @Override
        public double reportedQualityDb(int user) {
            return quality[user];
        }

        @Override
        public double instantaneousRateBps(int user) {
            return rate[user];
        }

        @Override
        public double averageRateBps(int user) {
            return average[user];
        }

        @Override
        public long lastServedTti(int user) {
            return lastServed[user];
        }
    }

    @Test
    void roundRobinServesEveryBackloggedUserOncePerCycle() {
        int n = 7;
        Inputs in = new Inputs(n);
        for (int u = 0; u < n; u++) {
            in.quality[u] = u * 3; // channel must not matter
        }
        RequestRanking ranking = new RequestRanking(n);
        Scheduler rr = new RoundRobinScheduler();
        for (int cycle = 0; cycle < 20; cycle++) {
            Set<Integer> served = new HashSet<>();
            for (int tti = 0; tti < n; tti++) {
                ranking.clear();
                for (int u = 0; u < n; u++) {
                    ranking.add(u, 0, rr, in);
                }
                int u = ranking.next();
                in.lastServed[u] = cycle * n + tti;
                assertThat(served.add(u)).as("user %d served twice in cycle %d", u, cycle).isTrue();
            }
            assertThat(served).hasSize(n);
        }
    }

    @Test
    void serviceClassComesBeforeTheSchedulerMetric() {
        Inputs in = new Inputs(3);
        in.quality[0] = 30;
        in.quality[1] = -5;
        in.quality[2] = 10;
        RequestRanking ranking = new RequestRanking(3);
        Scheduler maxCi = new MaxCiScheduler();
        ranking.add(0, 2, maxCi, in); // interactive, best channel
        ranking.add(1, 1, maxCi, in); // streaming, worst channel
        ranking.add(2, 1, maxCi, in); // streaming
        assertThat(ranking.next()).isEqualTo(2);
        assertThat(ranking.next()).isEqualTo(1);
        assertThat(ranking.next()).isEqualTo(0);
        assertThat(ranking.hasNext()).isFalse();
    }

    @Test
    void maxCiServesTheBestChannel() {
        Inputs in = new Inputs(4);
        in.quality[0] = 1;
        in.quality[1] = 7;
        in.quality[2] = 3;
        in.quality[3] = 7;
        in.lastServed[1] = 5;
        in.lastServed[3] = 2;
        RequestRanking ranking = new RequestRanking(4);
        for (int u = 0; u < 4; u++) {
            ranking.add(u, 0, new MaxCiScheduler(), in);
        }
        assertThat(ranking.next()).as("tie goes to the user served longest ago").isEqualTo(3);
        assertThat(ranking.next()).isEqualTo(1);
    }

    /**
     * Two always-backlogged users with static rates r1 = 4·r2, one served per TTI, averages with
     * t_c = 100 TTIs: PF converges to equal time shares, i.e. throughputs in the ratio of the rates,
     * the proportionally fair allocation of a time-shared channel (max Σ log T_i). The system is
     * deterministic; the tolerance allows the alternation granularity over the measured TTIs.
     */
    @Test
    void proportionalFairConvergesToEqualTimeSharesInAStaticTwoUserCase() {
        Inputs in = new Inputs(2);
        in.rate[0] = 4e6;
        in.rate[1] = 1e6;
        in.average[0] = 1;
        in.average[1] = 1;
        double tc = 100;
        Scheduler pf = new ProportionalFairScheduler();
        RequestRanking ranking = new RequestRanking(2);
        long[] served = new long[2];
        double[] bits = new double[2];
        int warmup = 2_000;
        int measured = 20_000;
        for (int tti = 0; tti < warmup + measured; tti++) {
            ranking.clear();
            ranking.add(0, 0, pf, in);
            ranking.add(1, 0, pf, in);
            int u = ranking.next();
            for (int k = 0; k < 2; k++) {
                double r = k == u ? in.rate[k] : 0;
                in.average[k] += (r - in.average[k]) / tc;
            }
            in.lastServed[u] = tti;
            if (tti >= warmup) {
                served[u]++;
                bits[u] += in.rate[u];
            }
        }
        assertThat(served[0] / (double) measured).isCloseTo(0.5, within(2.0 / 100));
        assertThat(bits[0] / bits[1]).isCloseTo(4.0, within(4.0 * 0.05));
    }
}
