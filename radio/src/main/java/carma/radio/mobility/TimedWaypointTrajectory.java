package carma.radio.mobility;

import carma.kernel.time.SimTime;
import carma.radio.geometry.Position;
import java.util.ArrayList;
import java.util.List;

/**
 * Piecewise-linear movement through timed waypoints; before the first and after the last the node
 * rests there.
 */
public final class TimedWaypointTrajectory implements Trajectory {
    /** A point reached at a time. */
    public record Waypoint(long timeNs, Position position) {}

    private final List<Waypoint> points;

    public TimedWaypointTrajectory(List<Waypoint> points) {
        if (points.isEmpty()) {
            throw new IllegalArgumentException("a trajectory needs at least one waypoint");
        }
        for (int i = 1; i < points.size(); i++) {
            if (points.get(i).timeNs() <= points.get(i - 1).timeNs()) {
                throw new IllegalArgumentException("waypoint times must increase: " + points);
            }
        }
        this.points = List.copyOf(points);
    }

    /** Rest at {@code from} until {@code startNs}, then walk in a straight line at {@code speedMps}. */
    public static TimedWaypointTrajectory linear(Position from, Position to, long startNs, double speedMps) {
        if (!(speedMps > 0)) {
            throw new IllegalArgumentException("speed must be positive, got " + speedMps + " m/s");
        }
        long travelNs = SimTime.nanosOfSeconds(from.distanceM(to) / speedMps);
        List<Waypoint> w = new ArrayList<>();
        w.add(new Waypoint(startNs, from));
        w.add(new Waypoint(startNs + Math.max(1, travelNs), to));
        return new TimedWaypointTrajectory(w);
    }

    @Override
    public Position at(long timeNs) {
        if (timeNs <= points.get(0).timeNs()) {
            return points.get(0).position();
        }
        for (int i = 1; i < points.size(); i++) {
            Waypoint b = points.get(i);
            if (timeNs <= b.timeNs()) {
                Waypoint a = points.get(i - 1);
                double f = (timeNs - a.timeNs()) / (double) (b.timeNs() - a.timeNs());
                return a.position().towards(b.position(), f);
            }
        }
        return points.get(points.size() - 1).position();
    }
}
