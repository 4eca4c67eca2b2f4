package carma.radio.propagation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import carma.radio.deployment.AntennaPattern;
import carma.radio.deployment.Deployment;
import carma.radio.deployment.DeploymentBuilder;
import carma.radio.deployment.DeploymentBuilder.CellRadio;
import carma.radio.deployment.RanId;
import carma.radio.deployment.Technology;
import carma.radio.geometry.Grid;
import carma.radio.geometry.Position;
import carma.radio.geometry.ServiceArea;
import java.util.List;
import org.junit.jupiter.api.Test;

class PropagationMatrixWrapAroundTest {
    /**
     * A Node-B 100 m from the left border of a 2 km × 1 km area: a point 100 m from the right border
     * is 200 m from it across the border (as a user wrapping around would find), not 1800 m; the
     * geometric chain sees the nearest image on the torus. (Without the folding the loss there is
     * the 1800 m loss and this test fails.)
     */
    @Test
    void cellsWrapAroundTheServiceAreaLikeUsers() {
        DeploymentBuilder b = new DeploymentBuilder(new ServiceArea(2_000, 1_000));
        RanId ran = b.addRan("UTRAN", Technology.UTRAN, "IR1", 0);
        b.addCell(ran, "nodeb", b.newSite(), new Position(100, 500), CellRadio.utranNodeB(), new AntennaPattern.Omni(0));
        Deployment d = b.build();
        Grid grid = new Grid(d.area(), 20);
        PathLossModel model = Umts3003PathLoss.vehicular(2e9);
        PropagationMatrix m = PropagationMatrix.compute(d, grid, List.of(LossTerm.pathLoss(c -> model)));
        double acrossDb = m.lossDbAt(0, 1_900, 500);
        assertThat(acrossDb).isCloseTo(model.pathLossDb(200), within(1e-3));
        assertThat(m.lossDbAt(0, 300, 500)).isCloseTo(acrossDb, within(1e-3));
        assertThat(m.lossDbAt(0, 100, 900)).isCloseTo(model.pathLossDb(400), within(1e-3)); // 400 m either way in y
        assertThat(PropagationMatrix.nearestImageOffset(1_800, 2_000)).isEqualTo(-200);
        assertThat(PropagationMatrix.nearestImageOffset(-1_700, 2_000)).isEqualTo(300);
    }
}
