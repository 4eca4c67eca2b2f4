package carma.mesh.net;

/**
 * A neighbour toward a destination.
 *
 * @param node neighbour index
 * @param linkEtx ETX of the link to it
 * @param remainingCost its own path cost (summed ETX) to the destination
 */
public record NextHop(int node, double linkEtx, double remainingCost) {}
