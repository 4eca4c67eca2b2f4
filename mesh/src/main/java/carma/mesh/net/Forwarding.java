package carma.mesh.net;

import carma.mesh.link.Association;
import carma.mesh.node.NodeRole;
import carma.mesh.node.NodeSpec;
import java.util.List;

/**
 * Where a packet may go next from a node: CARMNET nodes follow the routing port (uplink: leave
 * through the own AP association if any, else toward the default gateway); public APs serve only
 * their associated stations and their uplink.
 */
final class Forwarding implements SchedulingPolicy.NextHops {
    private final List<NodeSpec> nodes;
    private final Association association;
    private final Routing routing;
    private final int host;

    Forwarding(List<NodeSpec> nodes, Association association, Routing routing, int host) {
        this.nodes = nodes;
        this.association = association;
        this.routing = routing;
        this.host = host;
    }

    @Override
    public List<NextHop> candidates(int node, Packet p) {
        int dst = p.dst().index();
        NodeRole role = nodes.get(node).role();
        if (role == NodeRole.PUBLIC_AP) {
            if (dst == host) {
                return List.of(new NextHop(host, 1, 0));
            }
            int g = p.viaGateway();
            return g >= 0 && association.apOf(g) == node ? List.of(new NextHop(g, 1, 0)) : List.of();
        }
        if (dst == host) {
            if (association.associated(node)) {
                return List.of(new NextHop(association.apOf(node), 1, 0));
            }
            int g = routing.defaultGateway(node);
            return g < 0 ? List.of() : routing.downstream(node, g);
        }
        return routing.downstream(node, dst);
    }
}
