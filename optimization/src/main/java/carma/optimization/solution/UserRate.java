package carma.optimization.solution;

/** A user, the MAP it is associated with, and the end-to-end rate d_u it gets. */
public record UserRate(String id, String map, double rateBps) {}
