package carma.optimization.routing;

import carma.optimization.instance.IndexedInstance;
import java.util.ArrayList;
import java.util.List;

/**
 * Single-path routing: the outgoing mesh link (next hop) of every MAP, -1 for gateways and for MAPs
 * without a route. Following next hops from a routed MAP reaches a gateway.
 */
public record ForwardingTree(int[] nextLink) {
    public ForwardingTree {
        nextLink = nextLink.clone();
    }

    public int nextLink(int m) {
        return nextLink[m];
    }

    public boolean isRouted(IndexedInstance net, int m) {
        return gatewayOf(net, m) >= 0;
    }

    /** The gateway reached from m, or -1 when m has no route (or the next hops form a cycle). */
    public int gatewayOf(IndexedInstance net, int m) {
        int current = m;
        for (int steps = 0; steps <= net.mapCount(); steps++) {
            if (net.isGateway(current)) {
                return current;
            }
            int e = nextLink[current];
            if (e < 0) {
                return -1;
            }
            current = net.linkTo(e);
        }
        return -1;
    }

    /** The links from m to its gateway (empty for a gateway). */
    public List<Integer> path(IndexedInstance net, int m) {
        List<Integer> links = new ArrayList<>();
        int current = m;
        while (!net.isGateway(current)) {
            int e = nextLink[current];
            if (e < 0 || links.size() > net.mapCount()) {
                throw new IllegalStateException("MAP " + net.mapId(m) + " has no route to a gateway");
            }
            links.add(e);
            current = net.linkTo(e);
        }
        return links;
    }

    /** A copy with the next hop of m replaced. */
    public ForwardingTree withNextLink(int m, int link) {
        int[] copy = nextLink.clone();
        copy[m] = link;
        return new ForwardingTree(copy);
    }

    /** True when m lies on the route from 'from' to its gateway (including from itself). */
    public boolean routesThrough(IndexedInstance net, int from, int m) {
        int current = from;
        for (int steps = 0; steps <= net.mapCount(); steps++) {
            if (current == m) {
                return true;
            }
            int e = nextLink[current];
            if (e < 0) {
                return false;
            }
            current = net.linkTo(e);
        }
        return false;
    }
}
