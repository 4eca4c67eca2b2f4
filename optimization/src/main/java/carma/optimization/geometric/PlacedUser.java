package carma.optimization.geometric;

/** A user at a position in metres. */
public record PlacedUser(String id, double xM, double yM) {}
