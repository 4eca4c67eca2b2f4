package carma.radio.geometry;

/** A point of the service area, metres from its lower-left corner. */
public record Position(double xM, double yM) {
    public Position {
        if (!Double.isFinite(xM) || !Double.isFinite(yM)) {
            throw new IllegalArgumentException("position must be finite, got (" + xM + ", " + yM + ")");
        }
    }

    public double distanceM(Position other) {
        return Math.hypot(xM - other.xM, yM - other.yM);
    }

    public double distanceM(double x, double y) {
        return Math.hypot(xM - x, yM - y);
    }

    /** The point a fraction {@code f} (0..1) of the way to {@code o}. */
    public Position towards(Position o, double f) {
        return new Position(xM + (o.xM - xM) * f, yM + (o.yM - yM) * f);
    }
}
