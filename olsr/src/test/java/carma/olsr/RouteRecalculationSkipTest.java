package carma.olsr;

import static carma.olsr.MeshHarness.S;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The agent skips route recalculations when changed TC edges cannot change its shortest-path tree.
 * Checked against the simple method: at many instants of lossy runs, every agent's routing table
 * must equal a recalculation from scratch.
 */
class RouteRecalculationSkipTest {

    private static double[][] randomMesh(long seed, int n) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double[][] pos = new double[n][2];
        for (double[] p : pos) {
            p[0] = rnd.nextDouble();
            p[1] = rnd.nextDouble();
        }
        double[][] d = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double dist = Math.hypot(pos[i][0] - pos[j][0], pos[i][1] - pos[j][1]);
                if (dist < 0.4) {
                    d[i][j] = d[j][i] = 1.0 - dist;    // farther links lose more
                }
            }
        }
        return d;
    }

    private static void assertTablesMatchRecalculation(OlsrConfig config, long seed) {
        MeshHarness mesh = new MeshHarness(randomMesh(seed, 16), i -> config, seed, false);
        int compared = 0;
        for (long t = 5 * S; t <= 50 * S; t += 500_000_000L) {
            mesh.runUntil(t);
            for (int i = 0; i < mesh.size(); i++) {
                OlsrAgent a = mesh.agent(i);
                a.advanceTo(t);
                assertThat(a.routingTable()).as("seed %d, node %d at %d ns", seed, i, t)
                        .isEqualTo(a.referenceRoutingTable(t));
                compared += a.routingTable().routes().size();
            }
        }
        assertThat(compared).isGreaterThan(1000);
    }

    @Test
    void skippedRecalculationsNeverLeaveAStaleTableWithEtx() {
        for (long seed = 1; seed <= 2; seed++) {
            assertTablesMatchRecalculation(OlsrConfig.rfc3626WithEtx(), seed);
        }
    }

    @Test
    void skippedRecalculationsNeverLeaveAStaleTableWithOlsrdDefaults() {
        // link quality with TC_REDUNDANCY 2: the inverse-edge rule is on
        for (long seed = 5; seed <= 6; seed++) {
            assertTablesMatchRecalculation(OlsrConfig.olsrdDefaults(), seed);
        }
    }

    @Test
    void skippedRecalculationsNeverLeaveAStaleTableInPlainMode() {
        assertTablesMatchRecalculation(OlsrConfig.rfc3626(), 4);
    }
}
