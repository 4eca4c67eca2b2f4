package carma.olsr;

/**
 * One routing table entry.
 *
 * @param destination a host (/32) or an HNA network
 * @param nextHop     interface address of the 1-hop neighbour to send to
 * @param hopCount    hops to the destination node (for an HNA network: to its gateway)
 * @param etx         summed ETX of the path (hop count when link quality is off)
 * @param gateway     the node the route ends at: the destination host itself, or the HNA gateway
 */
public record Route(Ipv4Prefix destination, NodeAddress nextHop, int hopCount, double etx, NodeAddress gateway) {
}
