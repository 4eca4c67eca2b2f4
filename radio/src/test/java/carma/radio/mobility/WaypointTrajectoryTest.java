package carma.radio.mobility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import carma.radio.geometry.Position;
import java.util.List;
import org.junit.jupiter.api.Test;

class WaypointTrajectoryTest {
    private static final long S = 1_000_000_000L;
    private final List<Position> line = List.of(new Position(0, 0), new Position(100, 0), new Position(100, 50));

    @Test
    void backAndForthReturnsAlongThePath() {
        WaypointTrajectory t = new WaypointTrajectory(line, 10, WaypointTrajectory.Mode.BACK_AND_FORTH, 0);
        assertThat(t.xM(5 * S)).isCloseTo(50, within(1e-9));
        assertThat(t.yM(12 * S)).isCloseTo(20, within(1e-9));
        assertThat(t.yM(15 * S)).isCloseTo(50, within(1e-9));
        assertThat(t.yM(18 * S)).isCloseTo(20, within(1e-9));
        assertThat(t.xM(25 * S)).isCloseTo(50, within(1e-9));
        assertThat(t.xM(30 * S)).isCloseTo(0, within(1e-9));
        assertThat(t.xM(35 * S)).isCloseTo(50, within(1e-9));
    }

    @Test
    void oneWayStopsAndPeriodicRestarts() {
        WaypointTrajectory once = new WaypointTrajectory(line, 10, WaypointTrajectory.Mode.ONE_WAY, 0);
        WaypointTrajectory loop = new WaypointTrajectory(line, 10, WaypointTrajectory.Mode.PERIODIC, 0);
        assertThat(once.positionAt(100 * S)).isEqualTo(new Position(100, 50));
        assertThat(loop.xM(20 * S)).isCloseTo(50, within(1e-9));
        assertThat(loop.yM(20 * S)).isCloseTo(0, within(1e-9));
    }
}
