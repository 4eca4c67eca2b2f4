package carma.traffic.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import carma.kernel.random.RandomStream;
import carma.kernel.random.RandomStreams;
import org.junit.jupiter.api.Test;

class DistributionTest {
    private static final int N = 400_000;

    @Test
    void umts3003_datagram_mean_is_480_bytes_in_closed_form() {
        TruncatedPareto pareto = TruncatedPareto.umts3003DatagramBytes();
        assertThat(pareto.mean()).isCloseTo(479.7, within(0.05));
        assertThat(pareto.mean()).isCloseTo(480.0, within(0.5));
    }

    @Test
    void truncated_pareto_samples_match_mean_cutoff_mass_and_cdf() {
        TruncatedPareto pareto = TruncatedPareto.umts3003DatagramBytes();
        RandomStream stream = new RandomStreams(11).stream("test.pareto");
        SampleStats stats = new SampleStats();
        SampleStats squaredDeviation = new SampleStats();
        double[] probes = {100, 200, 480, 2000, 20000};
        long[] below = new long[probes.length];
        long atCutoff = 0;
        for (int i = 0; i < N; i++) {
            double x = pareto.sample(stream);
            assertThat(x).isBetween(pareto.scale(), pareto.cutoff());
            stats.add(x);
            squaredDeviation.add((x - pareto.mean()) * (x - pareto.mean()));
            atCutoff += x == pareto.cutoff() ? 1 : 0;
            for (int j = 0; j < probes.length; j++) {
                below[j] += x <= probes[j] ? 1 : 0;
            }
        }
        assertThat(stats.mean()).isCloseTo(pareto.mean(), within(stats.halfWidth999()));
        // E[(X − μ)²] = σ²: a mean again, with its interval from the sample
        assertThat(squaredDeviation.mean()).isCloseTo(pareto.variance(), within(squaredDeviation.halfWidth999()));
        double beta = pareto.cutoffProbability();
        assertThat(atCutoff / (double) N).isCloseTo(beta, within(SampleStats.proportionHalfWidth999(beta, N)));
        for (int j = 0; j < probes.length; j++) {
            double p = pareto.cdf(probes[j]);
            assertThat(below[j] / (double) N).as("F(%s)", probes[j])
                    .isCloseTo(p, within(SampleStats.proportionHalfWidth999(p, N)));
        }
    }

    @Test
    void geometric_counts_have_the_requested_mean_and_support() {
        Geometric geometric = new Geometric(25);
        RandomStream stream = new RandomStreams(12).stream("test.geometric");
        SampleStats stats = new SampleStats();
        SampleStats squaredDeviation = new SampleStats();
        long ones = 0;
        for (int i = 0; i < N; i++) {
            long n = geometric.sample(stream);
            assertThat(n).isPositive();
            ones += n == 1 ? 1 : 0;
            stats.add(n);
            squaredDeviation.add((n - 25.0) * (n - 25.0));
        }
        assertThat(stats.mean()).isCloseTo(25, within(stats.halfWidth999()));
        assertThat(squaredDeviation.mean()).isCloseTo(geometric.variance(), within(squaredDeviation.halfWidth999()));
        assertThat(ones / (double) N).isCloseTo(1 / 25.0, within(SampleStats.proportionHalfWidth999(1 / 25.0, N)));
        assertThat(new Geometric(1).sample(stream)).isEqualTo(1);
        assertThat(new Geometric(Double.POSITIVE_INFINITY).sample(stream)).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void truncated_lognormal_respects_bounds_and_truncated_mean() {
        TruncatedLognormal ftp = TruncatedLognormal.threeGppFtpFileBytes();
        // untruncated mean 2 MB; truncation at 5 MB (about 2.8 sigma) lowers it slightly
        assertThat(ftp.mean()).isLessThan(2e6).isGreaterThan(1.98e6);
        RandomStream stream = new RandomStreams(13).stream("test.lognormal");
        SampleStats stats = new SampleStats();
        for (int i = 0; i < 100_000; i++) {
            double x = ftp.sample(stream);
            assertThat(x).isBetween(0.0, 5e6);
            stats.add(x);
        }
        assertThat(stats.mean()).isCloseTo(ftp.mean(), within(stats.halfWidth999()));
    }

    @Test
    void lognormal_mean_integration_agrees_with_the_untruncated_closed_form() {
        TruncatedLognormal wide = new TruncatedLognormal(10, 3, 0, 1e9);
        assertThat(wide.mean()).isCloseTo(10, within(1e-6));
    }
}
