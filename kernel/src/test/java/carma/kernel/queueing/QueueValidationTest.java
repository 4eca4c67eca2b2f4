package carma.kernel.queueing;

import static org.assertj.core.api.Assertions.assertThat;

import carma.kernel.random.RandomStreams;
import carma.kernel.sim.Simulator;
import carma.kernel.sim.SimulatorConfig;
import carma.kernel.trace.TraceBus;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Model validation: the measured mean wait of M/M/1 and M/D/1 against Pollaczek–Khinchine. Each
 * replication (independent seed) gives one mean; over R replications the 99 % Student-t
 * confidence interval of the mean of means must contain the closed form. The warm-up removes the
 * start-empty bias (for ρ = 0.7 the relaxation time is a few hundred mean service times).
 */
class QueueValidationTest {
    private static final int REPLICATIONS = 8;
    private static final double DURATION_S = 4000;
    private static final double WARMUP_S = 200;
    private static final List<QueueModel> MODELS = List.of(
            new QueueModel("mm1", 7, 10, ServiceTimeDistribution.EXPONENTIAL),
            new QueueModel("md1", 7, 10, ServiceTimeDistribution.DETERMINISTIC));

    private static QueueObserver replicate(long seed) {
        TraceBus bus = new TraceBus();
        Simulator sim = new Simulator(SimulatorConfig.virtual(10_000_000L, (long) (DURATION_S * 1e9)),
                new RandomStreams(seed), bus);
        QueueObserver obs = new QueueObserver(MODELS, (long) (WARMUP_S * 1e9), bus);
        for (QueueModel m : MODELS) {
            new SingleServerQueue(m, sim, 100_000_000L).start();
        }
        sim.run();
        return obs;
    }

    @Test
    void meanWaitsMatchPollaczekKhinchineWithinA99PercentConfidenceInterval() {
        double[][] waits = new double[MODELS.size()][REPLICATIONS];
        for (int r = 0; r < REPLICATIONS; r++) {
            QueueObserver obs = replicate(1000 + r);
            for (int q = 0; q < MODELS.size(); q++) {
                waits[q][r] = obs.meanWaitS(MODELS.get(q).name());
            }
        }
        for (int q = 0; q < MODELS.size(); q++) {
            double mean = 0;
            for (double w : waits[q]) {
                mean += w;
            }
            mean /= REPLICATIONS;
            double var = 0;
            for (double w : waits[q]) {
                var += (w - mean) * (w - mean);
            }
            var /= REPLICATIONS - 1;
            double half = StudentT.quantile995(REPLICATIONS - 1) * Math.sqrt(var / REPLICATIONS);
            double closed = MODELS.get(q).closedFormMeanWaitS();
            assertThat(Math.abs(mean - closed))
                    .as("%s: mean %.5f s vs closed form %.5f s, 99%% CI half-width %.5f s", MODELS.get(q).name(),
                            mean, closed, half)
                    .isLessThanOrEqualTo(half);
            // and the interval is informative: narrower than 10 % of the value
            assertThat(half).isLessThan(0.1 * closed);
        }
    }

    @Test
    void closedFormsAreTheTextbookValues() {
        // M/M/1 λ=7, μ=10: W_q = ρ/(μ−λ) = 0.7/3; M/D/1: half of it
        assertThat(MODELS.get(0).closedFormMeanWaitS()).isCloseTo(0.7 / 3, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(MODELS.get(1).closedFormMeanWaitS()).isCloseTo(0.35 / 3, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(MODELS.get(0).closedFormMeanQueueLength()).isCloseTo(0.49 / 0.3, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void mm1WaitCdfStartsAtTheProbabilityOfNotWaiting() {
        assertThat(PollaczekKhinchine.mm1WaitCdf(7, 10, 0)).isCloseTo(0.3, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(PollaczekKhinchine.mm1WaitCdf(7, 10, 100)).isCloseTo(1, org.assertj.core.data.Offset.offset(1e-9));
    }
}
