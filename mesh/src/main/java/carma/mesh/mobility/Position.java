package carma.mesh.mobility;

/** A point on the plane, metres. */
public record Position(double xM, double yM) {
    public double distanceM(Position o) {
        return Math.hypot(xM - o.xM, yM - o.yM);
    }

    /** The point a fraction {@code f} (0..1) of the way to {@code o}. */
    public Position towards(Position o, double f) {
        return new Position(xM + (o.xM - xM) * f, yM + (o.yM - yM) * f);
    }
}
