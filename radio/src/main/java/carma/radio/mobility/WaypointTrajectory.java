package carma.radio.mobility;

import carma.radio.geometry.Position;
import java.util.List;

/**
 * A deterministic trajectory for the user under test (AROMA paper §5.2.2): straight segments
 * between waypoints at constant speed, followed once (then stopping at the last waypoint), back and
 * forth, or periodically (jumping from the last waypoint back to the first). The mesh's nodes move
 * through timed waypoints instead ({@link TimedWaypointTrajectory}).
 */
public final class WaypointTrajectory implements Trajectory {
    /** How the waypoint list is repeated. */
    public enum Mode {
        ONE_WAY,
        BACK_AND_FORTH,
        PERIODIC
    }

    private final Position[] points;
    private final double[] cumulativeM;
    private final double speedMps;
    private final Mode mode;
    private final long startNs;

    public WaypointTrajectory(List<Position> waypoints, double speedMps, Mode mode, long startNs) {
        if (waypoints.size() < 2) {
            throw new IllegalArgumentException("a trajectory needs at least two waypoints");
        }
        if (!(speedMps > 0)) {
            throw new IllegalArgumentException("trajectory speed must be positive, got " + speedMps + " m/s");
        }
        this.points = waypoints.toArray(new Position[0]);
        this.cumulativeM = new double[points.length];
        for (int i = 1; i < points.length; i++) {
            cumulativeM[i] = cumulativeM[i - 1] + points[i].distanceM(points[i - 1]);
        }
        if (!(cumulativeM[points.length - 1] > 0)) {
            throw new IllegalArgumentException("trajectory has zero length");
        }
        this.speedMps = speedMps;
        this.mode = mode;
        this.startNs = startNs;
    }

    public double speedMps() {
        return speedMps;
    }

    public Mode mode() {
        return mode;
    }

    public double lengthM() {
        return cumulativeM[cumulativeM.length - 1];
    }

    /** Distance along the waypoint list at time t, after applying the repetition mode. */
    public double pathDistanceM(long nowNs) {
        double travelled = Math.max(0, (nowNs - startNs) / 1e9) * speedMps;
        double len = lengthM();
        switch (mode) {
            case ONE_WAY:
                return Math.min(travelled, len);
            case PERIODIC:
                return travelled % len;
            case BACK_AND_FORTH:
                double r = travelled % (2 * len);
                return r <= len ? r : 2 * len - r;
            default:
                throw new IllegalStateException(mode.toString());
        }
    }

    public double xM(long nowNs) {
        return interpolate(pathDistanceM(nowNs), true);
    }

    public double yM(long nowNs) {
        return interpolate(pathDistanceM(nowNs), false);
    }

    public Position positionAt(long nowNs) {
        double s = pathDistanceM(nowNs);
        return new Position(interpolate(s, true), interpolate(s, false));
    }

    @Override
    public Position at(long timeNs) {
        return positionAt(timeNs);
    }

    private double interpolate(double s, boolean x) {
        int seg = 1;
        while (seg < points.length - 1 && cumulativeM[seg] < s) {
            seg++;
        }
        double segLen = cumulativeM[seg] - cumulativeM[seg - 1];
        double f = segLen == 0 ? 0 : (s - cumulativeM[seg - 1]) / segLen;
        Position a = points[seg - 1];
        Position b = points[seg];
        return x ? a.xM() + f * (b.xM() - a.xM()) : a.yM() + f * (b.yM() - a.yM());
    }
}
