package carma.kernel.random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RandomStreamsTest {
    private static long[] draw(RandomStream s, int n) {
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            out[i] = s.nextLong();
        }
        return out;
    }

    @Test
    void aStreamDependsOnlyOnSeedAndName() {
        RandomStreams a = new RandomStreams(1);
        RandomStreams b = new RandomStreams(1);
        RandomStream aMobility = a.stream("mobility");
        b.stream("routing"); // another component added first in run b
        b.stream("traffic");
        RandomStream bMobility = b.stream("mobility");
        assertThat(draw(aMobility, 100)).containsExactly(draw(bMobility, 100));
    }

    @Test
    void differentSeedsOrNamesGiveDifferentStreams() {
        assertThat(draw(new RandomStreams(1).stream("x"), 10)).isNotEqualTo(draw(new RandomStreams(2).stream("x"), 10));
        RandomStreams s = new RandomStreams(1);
        assertThat(draw(s.stream("x"), 10)).isNotEqualTo(draw(s.stream("y"), 10));
    }

    @Test
    void aNameCanBeTakenOnlyOnce() {
        RandomStreams s = new RandomStreams(3);
        s.stream("a");
        assertThatThrownBy(() -> s.stream("a")).hasMessageContaining("'a' was already taken");
    }

    @Test
    void uniformAndExponentialMomentsMatchWithinDerivedTolerance() {
        RandomStream r = new RandomStreams(11).stream("moments");
        int n = 200_000;
        double sumU = 0;
        double sumE = 0;
        for (int i = 0; i < n; i++) {
            sumU += r.nextDouble();
            sumE += r.exponential(2.0);
        }
        // 5-sigma bounds: sd(U)=1/sqrt(12), sd(Exp(mean 2))=2
        assertThat(sumU / n).isCloseTo(0.5, org.assertj.core.data.Offset.offset(5 / Math.sqrt(12.0 * n)));
        assertThat(sumE / n).isCloseTo(2.0, org.assertj.core.data.Offset.offset(5 * 2 / Math.sqrt(n)));
    }

    @Test
    void nextIntIsUnbiasedAcrossBuckets() {
        RandomStream r = new RandomStream(5);
        int k = 7;
        int n = 700_000;
        int[] counts = new int[k];
        for (int i = 0; i < n; i++) {
            counts[r.nextInt(k)]++;
        }
        double expected = n / (double) k;
        double chi2 = 0;
        for (int c : counts) {
            chi2 += (c - expected) * (c - expected) / expected;
        }
        assertThat(chi2).isLessThan(22.46); // chi-square 0.999 quantile, 6 degrees of freedom
    }

    @Test
    void gaussianHasUnitVariance() {
        RandomStream r = new RandomStream(9);
        int n = 200_000;
        double s = 0;
        double s2 = 0;
        for (int i = 0; i < n; i++) {
            double g = r.gaussian();
            s += g;
            s2 += g * g;
        }
        assertThat(s / n).isCloseTo(0, org.assertj.core.data.Offset.offset(5 / Math.sqrt(n)));
        assertThat(s2 / n).isCloseTo(1, org.assertj.core.data.Offset.offset(5 * Math.sqrt(2.0 / n)));
    }
}
