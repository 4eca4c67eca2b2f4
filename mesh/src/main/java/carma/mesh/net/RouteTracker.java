package carma.mesh.net;

import carma.kernel.trace.TraceBus;
import carma.mesh.measure.RouteChange;
import carma.mesh.node.NodeRole;
import carma.mesh.node.NodeSpec;
import java.util.Arrays;
import java.util.List;

/** Publishes a {@link RouteChange} whenever a CARMNET node's gateway or first hop to it changes. */
final class RouteTracker {
    private final List<NodeSpec> nodes;
    private final Routing routing;
    private final TraceBus bus;
    private final int[] gateway;
    private final int[] firstHop;

    RouteTracker(List<NodeSpec> nodes, Routing routing, TraceBus bus) {
        this.nodes = nodes;
        this.routing = routing;
        this.bus = bus;
        this.gateway = new int[nodes.size()];
        this.firstHop = new int[nodes.size()];
        Arrays.fill(gateway, -2);
        Arrays.fill(firstHop, -2);
    }

    void check(long nowNs) {
        for (NodeSpec n : nodes) {
            if (n.role() != NodeRole.CARMNET) {
                continue;
            }
            int i = n.id().index();
            int g = routing.defaultGateway(i);
            int h = g < 0 || g == i ? -1 : firstOf(routing.downstream(i, g));
            if (g != gateway[i] || h != firstHop[i]) {
                if (gateway[i] != -2) {
                    bus.publish(new RouteChange(nowNs, n.name(), name(gateway[i]), name(g), name(firstHop[i]), name(h)));
                }
                gateway[i] = g;
                firstHop[i] = h;
            }
        }
    }

    private static int firstOf(List<NextHop> hops) {
        return hops.isEmpty() ? -1 : hops.get(0).node();
    }

    private String name(int i) {
        return i < 0 ? "-" : nodes.get(i).name();
    }
}
