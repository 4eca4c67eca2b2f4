package carma.kernel.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PathSearchTest {
    @Test
    void shortestDistancesEqualBellmanFordOnRandomGraphs() {
        for (long seed = 1; seed <= 30; seed++) {
            SplittableRandom r = new SplittableRandom(seed);
            int n = 2 + r.nextInt(30);
            int m = r.nextInt(4 * n);
            int[] tail = new int[m];
            int[] head = new int[m];
            double[] w = new double[m];
            for (int a = 0; a < m; a++) {
                tail[a] = r.nextInt(n);
                head[a] = r.nextInt(n);
                w[a] = 1 + r.nextInt(5);
            }
            Digraph g = Digraph.of(n, tail, head);
            PathSearch.Paths p = PathSearch.shortest(g, w, 0);
            double[] ref = bellmanFord(n, tail, head, w, 0);
            assertThat(p.label()).containsExactly(ref);
            for (int v = 1; v < n; v++) {
                int arc = p.predecessorArc()[v];
                if (ref[v] < Double.POSITIVE_INFINITY) {
                    assertThat(head[arc]).isEqualTo(v);
                    assertThat(p.label()[tail[arc]] + w[arc]).isEqualTo(ref[v]);
                } else {
                    assertThat(arc).isEqualTo(-1);
                }
            }
        }
    }

    @Test
    void equalDistancesKeepTheFirstArcFromTheLowerSettledNode() {
        // 0 -> 1 and 0 -> 2 (both 1), then 1 -> 3 and 2 -> 3 (both 1): node 1 settles first, so 3 comes via arc 2
        Digraph g = Digraph.of(4, new int[] {0, 0, 2, 1}, new int[] {2, 1, 3, 3});
        PathSearch.Paths p = PathSearch.shortest(g, new double[] {1, 1, 1, 1}, 0);
        assertThat(p.predecessorArc()).containsExactly(-1, 1, 0, 3);
        assertThat(p.hops()).containsExactly(0, 1, 1, 2);
    }

    @Test
    void widestPrefersTheWiderBottleneckThenFewerHops() {
        // two sources 0 and 1; node 2 reachable from 0 with width 5 (direct) and from 1 via 3 with width 5 in 2 hops
        Digraph g = Digraph.of(4, new int[] {1, 3, 0, 1}, new int[] {3, 2, 2, 2});
        PathSearch.Paths p = PathSearch.widest(g, new double[] {9, 5, 5, 4}, 0, 1);
        assertThat(p.label()[2]).isEqualTo(5.0);
        assertThat(p.predecessorArc()[2]).isEqualTo(2);
        assertThat(p.hops()[2]).isEqualTo(1);
        assertThat(p.label()[0]).isEqualTo(Double.POSITIVE_INFINITY);
    }

    @Test
    void widestEqualsTheBruteForceBottleneckOnRandomGraphs() {
        for (long seed = 1; seed <= 30; seed++) {
            SplittableRandom r = new SplittableRandom(seed);
            int n = 2 + r.nextInt(20);
            int m = r.nextInt(3 * n);
            int[] tail = new int[m];
            int[] head = new int[m];
            double[] w = new double[m];
            for (int a = 0; a < m; a++) {
                tail[a] = r.nextInt(n);
                head[a] = r.nextInt(n);
                w[a] = r.nextInt(10);
            }
            double[] ref = new double[n];
            java.util.Arrays.fill(ref, -1);
            ref[0] = Double.POSITIVE_INFINITY;
            for (int round = 0; round < n; round++) {
                for (int a = 0; a < m; a++) {
                    if (ref[tail[a]] >= 0) {
                        ref[head[a]] = Math.max(ref[head[a]], Math.min(ref[tail[a]], w[a]));
                    }
                }
            }
            assertThat(PathSearch.widest(Digraph.of(n, tail, head), w, 0).label()).containsExactly(ref);
        }
    }

    @Test
    void arcsOutsideTheNodeRangeAreRejected() {
        assertThatThrownBy(() -> Digraph.of(2, new int[] {0}, new int[] {2})).hasMessageContaining("node range");
    }

    private static double[] bellmanFord(int n, int[] tail, int[] head, double[] w, int src) {
        double[] d = new double[n];
        java.util.Arrays.fill(d, Double.POSITIVE_INFINITY);
        d[src] = 0;
        for (int round = 0; round < n; round++) {
            for (int a = 0; a < tail.length; a++) {
                d[head[a]] = Math.min(d[head[a]], d[tail[a]] + w[a]);
            }
        }
        return d;
    }
}
