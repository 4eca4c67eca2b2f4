package carma.mesh.net;

import java.util.List;

/**
 * The routing port of the mesh: what OLSR (or the static ETX oracle) tells the forwarding plane.
 * Indices are node indices of the emulation; only CARMNET nodes take part.
 */
public interface Routing {
    /**
     * The loop-free downstream next-hop set of {@code node} toward {@code destination}: symmetric
     * neighbours whose own cost is lower (danum.md section 3.6), best (shortest path) first; empty
     * if unreachable.
     */
    List<NextHop> downstream(int node, int destination);

    /** Path cost (summed ETX) from {@code node} to {@code destination}; infinite if unreachable. */
    double cost(int node, int destination);

    /** The Internet gateway (HNA default route) {@code node} uses now, or -1. */
    int defaultGateway(int node);

    /** Brings routes up to date at {@code nowNs} (the oracle recomputes; OLSR runs on its own timers). */
    void update(long nowNs);

    /** Called once the network exists (a protocol starts its agents and hooks its control frames). */
    default void attach(MeshNetwork network) {}
}
