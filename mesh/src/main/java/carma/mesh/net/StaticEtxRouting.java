package carma.mesh.net;

import carma.kernel.graph.Digraph;
import carma.kernel.graph.PathSearch;
import carma.mesh.link.Association;
import carma.mesh.link.LinkBudget;
import carma.mesh.node.NodeRole;
import carma.mesh.node.NodeSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * An oracle standing in for OLSR: shortest paths (Dijkstra on summed ETX) over the CARMNET nodes,
 * with each link's ETX computed from the link model as etx_ff would converge to (broadcast control
 * frames at the basic rate, both directions), recomputed at every {@link #update}. Gateways are the
 * CARMNET nodes associated with a public AP that share their access (an associated node is its own
 * gateway). Converges instantly, so it bounds what OLSR can do.
 */
public final class StaticEtxRouting implements Routing {
    private final List<NodeSpec> nodes;
    private final LinkBudget budget;
    private final Association association;
    private final int controlBytes;
    private final int n;
    private double[][] etx;
    private Digraph links;
    private double[] linkEtx;
    private final double[][] distTo;

    public StaticEtxRouting(List<NodeSpec> nodes, LinkBudget budget, Association association, int controlBytes) {
        this.nodes = List.copyOf(nodes);
        this.budget = budget;
        this.association = association;
        this.controlBytes = controlBytes;
        this.n = nodes.size();
        this.distTo = new double[n][];
        update(0);
    }

    @Override
    public void update(long nowNs) {
        etx = new double[n][n];
        for (int a = 0; a < n; a++) {
            Arrays.fill(etx[a], Double.POSITIVE_INFINITY);
        }
        for (int a = 0; a < n; a++) {
            if (!carmnet(a)) {
                continue;
            }
            for (int b = a + 1; b < n; b++) {
                if (carmnet(b)) {
                    double e = budget.etx(a, b, controlBytes);
                    etx[a][b] = e;
                    etx[b][a] = e;
                }
            }
        }
        indexLinks();
        Arrays.fill(distTo, null);
    }

    /** The finite-ETX links as a digraph (arcs by sender, then receiver) for {@link PathSearch}. */
    private void indexLinks() {
        int m = 0;
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                m += etx[a][b] < Double.POSITIVE_INFINITY ? 1 : 0;
            }
        }
        int[] tail = new int[m];
        int[] head = new int[m];
        linkEtx = new double[m];
        int k = 0;
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                if (etx[a][b] < Double.POSITIVE_INFINITY) {
                    tail[k] = a;
                    head[k] = b;
                    linkEtx[k++] = etx[a][b];
                }
            }
        }
        links = Digraph.of(n, tail, head);
    }

    private boolean carmnet(int i) {
        return nodes.get(i).role() == NodeRole.CARMNET;
    }

    private double[] dist(int dst) {
        if (distTo[dst] == null) {
            distTo[dst] = dijkstra(dst);
        }
        return distTo[dst];
    }

    private double[] dijkstra(int src) {
        if (!carmnet(src)) {
            double[] none = new double[n];
            Arrays.fill(none, Double.POSITIVE_INFINITY);
            return none;
        }
        return PathSearch.shortest(links, linkEtx, src).label();
    }

    @Override
    public List<NextHop> downstream(int node, int destination) {
        if (node == destination || !carmnet(node) || !carmnet(destination)) {
            return List.of();
        }
        double[] d = dist(destination);
        if (d[node] == Double.POSITIVE_INFINITY) {
            return List.of();
        }
        List<NextHop> out = new ArrayList<>();
        for (int m = 0; m < n; m++) {
            if (etx[node][m] < Double.POSITIVE_INFINITY && d[m] < d[node]) {
                out.add(new NextHop(m, etx[node][m], d[m]));
            }
        }
        out.sort(Comparator.comparingDouble((NextHop h) -> h.linkEtx() + h.remainingCost()).thenComparingInt(NextHop::node));
        return out;
    }

    @Override
    public double cost(int node, int destination) {
        return dist(destination)[node];
    }

    @Override
    public int defaultGateway(int node) {
        if (!carmnet(node)) {
            return -1;
        }
        if (association.associated(node)) {
            return node;
        }
        int best = -1;
        double bestCost = Double.POSITIVE_INFINITY;
        for (NodeSpec g : nodes) {
            int gi = g.id().index();
            if (g.sharesInternet() && association.associated(gi)) {
                double c = cost(node, gi);
                if (c < bestCost) {
                    best = gi;
                    bestCost = c;
                }
            }
        }
        return best;
    }
}
