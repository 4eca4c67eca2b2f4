package carma.radio.propagation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LogDistancePathLossTest {
    @Test
    void freeSpaceReferenceAndTheRangesOfTheFairMeshTable() {
        LogDistancePathLoss n3 = LogDistancePathLoss.withFreeSpaceReference(2.412e9, 3.0);
        // fair-mesh.md 4.1: FSPL at 1 m and 2.4 GHz = 40.05 dB (2.4 GHz); 40.09 dB at 2.412 GHz
        assertThat(n3.pathLossDb(1)).isCloseTo(40.09, within(0.01));
        assertThat(n3.pathLossDb(10) - n3.pathLossDb(1)).isCloseTo(30.0, within(1e-9));
        // max distance for 6 Mbit/s (-82 dBm) at 20 dBm, n = 3: 116 m in the table
        assertThat(rangeM(n3, 20, -82)).isCloseTo(116, within(1.5));
        LogDistancePathLoss n35 = LogDistancePathLoss.withFreeSpaceReference(2.412e9, 3.5);
        assertThat(rangeM(n35, 20, -82)).isCloseTo(59, within(1.5));
        assertThat(n3.pathLossDb(0.1)).isEqualTo(n3.pathLossDb(1));
    }

    private static double rangeM(PathLossModel m, double txDbm, double sensitivityDbm) {
        double lo = 1;
        double hi = 10_000;
        for (int i = 0; i < 100; i++) {
            double mid = (lo + hi) / 2;
            if (txDbm - m.pathLossDb(mid) >= sensitivityDbm) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
