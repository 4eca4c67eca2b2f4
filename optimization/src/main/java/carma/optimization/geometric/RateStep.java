package carma.optimization.geometric;

/** One row of a rate table: a PHY rate, the minimum received power for it, its effective MAC rate. */
public record RateStep(double phyRateBps, double sensitivityDbm, double macRateBps) {}
