package carma.optimization.geometric;

/** A MAP at a position in metres; gateways carry their wired uplink capacity. */
public record PlacedMap(String id, double xM, double yM, boolean gateway, double uplinkBps) {
    public double distanceM(double x, double y) {
        return Math.hypot(xM - x, yM - y);
    }
}
