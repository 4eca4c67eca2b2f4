package carma.radio.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReferenceDeploymentsTest {
    @Test
    void caseStudyTwoHasThirteenColocatedSitesAndSixHotspots() {
        Deployment d = ReferenceDeployments.caseStudyII("IR1", "IR2");
        assertThat(d.area().widthM()).isEqualTo(8_000);
        assertThat(d.area().heightM()).isEqualTo(4_000);
        assertThat(d.cells()).hasSize(32);
        assertThat(d.cells().stream().filter(c -> c.technology() == Technology.UTRAN)).hasSize(13);
        assertThat(d.cells().stream().filter(c -> c.technology() == Technology.GERAN)).hasSize(13);
        assertThat(d.cells().stream().filter(c -> c.technology() == Technology.WLAN)).hasSize(6);
        for (Cell u : d.cells()) {
            if (u.technology() == Technology.UTRAN) {
                Cell g = d.cells().stream().filter(c -> c.technology() == Technology.GERAN && c.site() == u.site())
                        .findFirst().orElseThrow();
                assertThat(g.position()).isEqualTo(u.position());
            }
        }
        assertThat(d.ran(new RanId(2)).ingressRouterId()).isEqualTo("IR2");
    }

    @Test
    void geranReuseSeparatesCoChannelCells() {
        Deployment d = ReferenceDeployments.caseStudyII("IR1", "IR1");
        List<Cell> geran = d.cells().stream().filter(c -> c.technology() == Technology.GERAN).toList();
        double minCoChannel = Double.POSITIVE_INFINITY;
        double minAny = Double.POSITIVE_INFINITY;
        for (int i = 0; i < geran.size(); i++) {
            for (int j = i + 1; j < geran.size(); j++) {
                double dist = geran.get(i).position().distanceM(geran.get(j).position());
                minAny = Math.min(minAny, dist);
                if (geran.get(i).channel() == geran.get(j).channel()) {
                    minCoChannel = Math.min(minCoChannel, dist);
                }
            }
        }
        assertThat(minCoChannel).isGreaterThan(1.5 * minAny);
    }

    @Test
    void sectorPatternFallsTwelveDbPerSquaredBeamwidthAndFloorsAtFrontToBack() {
        AntennaPattern.Sector s = AntennaPattern.Sector.threeSector(0);
        assertThat(s.gainDbi(0)).isEqualTo(14.0);
        assertThat(s.gainDbi(Math.toRadians(35))).isEqualTo(14 - 3.0, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(s.gainDbi(Math.PI)).isEqualTo(-6.0);
    }
}
