package carma.radio.mobility;

import carma.radio.geometry.Position;

/** A node that does not move. */
public record Stationary(Position position) implements Trajectory {
    public static Stationary at(double xM, double yM) {
        return new Stationary(new Position(xM, yM));
    }

    @Override
    public Position at(long timeNs) {
        return position;
    }

    @Override
    public boolean stationary() {
        return true;
    }
}
