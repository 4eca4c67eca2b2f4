package carma.olsr.logic;

import carma.olsr.Ipv4Prefix;
import carma.olsr.NodeAddress;
import carma.olsr.Route;
import carma.olsr.RoutingTable;
import carma.olsr.state.EdgeListener;
import carma.olsr.state.InformationBases;
import carma.olsr.state.LinkTuple;
import carma.olsr.state.NeighborSet;
import carma.olsr.state.TopologySet;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;

/**
 * One agent's route calculation, the same as {@link RouteComputation#compute} (RFC 3626 §10 with
 * olsrd's ETX metric and olsrd's inverse-edge rule) but incremental and on reusable primitive
 * arrays. Addresses get dense ids (an {@link AddressIndex} that is never cleared). The 2-hop and
 * topology edges are kept as adjacency arrays that the sets' {@link EdgeListener}s update edge by
 * edge; only this node's own links are reread at each calculation. Dijkstra runs on an indexed
 * binary heap ordered by (cost, hops, address), the tie-breaks of {@link ShortestPaths}. The
 * result is compared with the previous one per destination: only when a route differs (or the MID
 * or HNA sets changed) is a new {@link RoutingTable} built, so a calculation that changes nothing
 * allocates nothing.
 *
 * <p>Every change of a 2-hop or topology edge is judged against the last shortest-path tree
 * ({@link #takeGraphChanged}), so that the agent can skip recalculations the change cannot affect
 * [reconstructed optimisation; the result is identical to recalculating, which
 * {@code RouteRecalculationSkipTest} checks]. The rules are the classic conservative ones:
 * <ul>
 *   <li>an edge u→v that is in the tree (v's parent is u) and changed cost, or disappeared: may change;</li>
 *   <li>an edge u→v that appeared or became cheaper: may change if u is reachable and
 *       dist(u) + cost ≤ dist(v) (equality included, because ties are broken by hops and order);</li>
 *   <li>an edge that is not in the tree and became more expensive or disappeared: cannot change.</li>
 * </ul>
 * With the inverse-edge rule a topology edge's appearance or disappearance also switches the
 * usability of the reverse topology edge, which is checked the same way; a 2-hop edge's appearance
 * or disappearance then always counts as a change.
 */
public final class RouteCalculator {

    private final AddressIndex ids = new AddressIndex();
    /** The address of each id (never cleared: ids stay valid from one calculation to the next). */
    private NodeAddress[] addressOf = new NodeAddress[64];
    private final InformationBases bases;
    private final int self;
    private final boolean linkQuality;
    private final boolean inverseRule;
    private final Collection<Ipv4Prefix> localHna;

    // the graph, kept up to date by the sets' edge listeners (2-hop and topology edges) and
    // rebuilt at each calculation for this node's own links
    private final EdgeLayer twoHopEdges = new EdgeLayer(false);
    private final EdgeLayer topologyEdges = new EdgeLayer(true);
    private int ownLinkCount;
    private int[] ownLinkTo = new int[16];
    private double[] ownLinkCost = new double[16];
    private int graphStamp;
    private int[] symmetricStamp = new int[64];

    // per node id: Dijkstra state of the last calculation (valid where reachStamp == calcStamp)
    private int calcStamp;
    private int[] reachStamp = new int[64];
    private double[] dist = new double[64];
    private int[] hops = new int[64];
    private int[] first = new int[64];
    private int[] parent = new int[64];
    /** The address of each id as an unsigned-comparable int (sign bit flipped): the last tie-break. */
    private int[] order = new int[64];
    private boolean[] settled = new boolean[64];
    private int orderedIds;
    private LinkTuple[] bestLink = new LinkTuple[64];
    private int[] bestLinkStamp = new int[64];
    private final IndexedHeap heap = new IndexedHeap();

    // per node id: the routes of the current table
    private NodeAddress[] routeNextHop = new NodeAddress[64];
    private int[] routeHops = new int[64];
    private double[] routeCost = new double[64];
    private int routeCount;
    private boolean graphChanged;
    private long midVersion = -1;
    private long hnaVersion = -1;
    private RoutingTable table;

    /**
     * Registers itself as the edge listener of the bases' 2-hop and topology sets (it must be their
     * only listener).
     *
     * @param inverseRule use a TC edge only if its reverse is known (olsrd's SPF); sound only when
     *                    every node advertises all its links (TC_REDUNDANCY 2)
     * @param localHna    networks this node announces itself (no routes are made for them)
     */
    public RouteCalculator(InformationBases b, boolean linkQuality, boolean inverseRule,
                           Collection<Ipv4Prefix> localHna) {
        this.bases = b;
        this.linkQuality = linkQuality;
        this.inverseRule = inverseRule;
        this.localHna = List.copyOf(localHna);
        this.table = RoutingTable.empty(b.self());
        this.self = intern(b.self());
        b.twoHop().forEach(t -> twoHopEdges.set(t.neighbor(), t.twoHop(), t.cost()));
        b.topology().forEach(t -> topologyEdges.set(t.lastHop(), t.destination(), t.cost()));
        b.twoHop().setListener(twoHopEdges);
        b.topology().setListener(topologyEdges);
    }

    /** The routing table of the last calculation (empty before the first). */
    public RoutingTable table() {
        return table;
    }

    /**
     * Recalculates the routes from the bases. Returns the new table, or the very same instance as
     * {@link #table()} returned before if no route changed.
     */
    public RoutingTable calculate(long nowNs) {
        prepareLocalEdges(nowNs);
        dijkstra();
        return sameRoutes() ? table : rebuildTable();
    }

    /** This node's own links (best per neighbour main address) and the symmetric neighbours. */
    private void prepareLocalEdges(long nowNs) {
        graphStamp++;
        ownLinkCount = 0;
        for (LinkTuple l : bases.links().all()) {
            if (!l.isSymmetric(nowNs)) {
                continue;
            }
            int main = intern(bases.mid().mainAddress(l.neighborInterface()));
            ensureNodes(ids.size());
            double cost = RouteComputation.linkCost(l, linkQuality);
            if (!Double.isFinite(cost) || main == self) {
                continue;
            }
            int k = ownLinkIndex(main);
            if (k < 0) {
                if (ownLinkCount == ownLinkTo.length) {
                    ownLinkTo = Arrays.copyOf(ownLinkTo, 2 * ownLinkCount);
                    ownLinkCost = Arrays.copyOf(ownLinkCost, 2 * ownLinkCount);
                }
                ownLinkTo[ownLinkCount] = main;
                ownLinkCost[ownLinkCount++] = cost;
            } else {
                ownLinkCost[k] = Math.min(ownLinkCost[k], cost);
            }
            if (bestLinkStamp[main] != graphStamp || cost < RouteComputation.linkCost(bestLink[main], linkQuality)) {
                bestLink[main] = l;
                bestLinkStamp[main] = graphStamp;
            }
        }
        for (NeighborSet.Neighbor nb : bases.neighbors().all().values()) {
            if (nb.symmetric()) {
                int id = intern(nb.mainAddress());
                ensureNodes(ids.size());
                symmetricStamp[id] = graphStamp;
            }
        }
        ensureNodes(ids.size());
        for (int id = orderedIds; id < ids.size(); id++) {
            order[id] = addressOf[id].value() ^ Integer.MIN_VALUE;
        }
        orderedIds = ids.size();
    }

    /** The id of an address, handing out the next one on first sight. */
    private int intern(NodeAddress a) {
        int id = ids.add(a.value());
        if (id == addressOf.length) {
            addressOf = Arrays.copyOf(addressOf, 2 * id);
        }
        addressOf[id] = a;
        return id;
    }

    private int ownLinkIndex(int v) {
        for (int k = 0; k < ownLinkCount; k++) {
            if (ownLinkTo[k] == v) {
                return k;
            }
        }
        return -1;
    }

    private boolean symmetric(int u) {
        return symmetricStamp[u] == graphStamp;
    }

    /** Whether the graph holds an edge u→v from own links or 2-hop tuples (never needing an inverse). */
    private boolean localEdge(int u, int v) {
        return (u == self && ownLinkIndex(v) >= 0) || (symmetric(u) && v != self && twoHopEdges.contains(u, v));
    }

    /** Whether the graph holds the edge u→v at all. */
    private boolean hasEdge(int u, int v) {
        return localEdge(u, v) || topologyEdges.contains(u, v);
    }

    private void ensureNodes(int n) {
        if (reachStamp.length >= n) {
            return;
        }
        int c = Math.max(n, 2 * reachStamp.length);
        reachStamp = Arrays.copyOf(reachStamp, c);
        dist = Arrays.copyOf(dist, c);
        hops = Arrays.copyOf(hops, c);
        first = Arrays.copyOf(first, c);
        parent = Arrays.copyOf(parent, c);
        order = Arrays.copyOf(order, c);
        settled = Arrays.copyOf(settled, c);
        bestLink = Arrays.copyOf(bestLink, c);
        bestLinkStamp = Arrays.copyOf(bestLinkStamp, c);
        symmetricStamp = Arrays.copyOf(symmetricStamp, c);
        routeNextHop = Arrays.copyOf(routeNextHop, c);
        routeHops = Arrays.copyOf(routeHops, c);
        routeCost = Arrays.copyOf(routeCost, c);
        heap.ensure(c);
    }

    private boolean reached(int v) {
        return calcStamp > 0 && v >= 0 && v < reachStamp.length && reachStamp[v] == calcStamp;
    }

    private void dijkstra() {
        int s = self;
        calcStamp++;
        heap.clear();
        reachStamp[s] = calcStamp;
        settled[s] = false;
        dist[s] = 0;
        hops[s] = 0;
        first[s] = -1;
        parent[s] = -1;
        heap.push(s);
        while (!heap.isEmpty()) {
            int u = heap.pop();
            settled[u] = true;
            if (u == s) {
                for (int k = 0; k < ownLinkCount; k++) {
                    relax(u, ownLinkTo[k], ownLinkCost[k]);
                }
            }
            if (symmetric(u) && u < twoHopEdges.nodes()) {
                int[] to = twoHopEdges.to[u];
                double[] cost = twoHopEdges.cost[u];
                for (int k = 0, n = twoHopEdges.degree[u]; k < n; k++) {
                    if (to[k] != s) {
                        relax(u, to[k], cost[k]);
                    }
                }
            }
            if (u < topologyEdges.nodes()) {
                int[] to = topologyEdges.to[u];
                double[] cost = topologyEdges.cost[u];
                for (int k = 0, n = topologyEdges.degree[u]; k < n; k++) {
                    int v = to[k];
                    if (inverseRule && !hasEdge(v, u) && !localEdge(u, v)) {
                        continue; // olsrd ignores a dead-end TC edge whose reverse is unknown
                    }
                    relax(u, v, cost[k]);
                }
            }
        }
    }

    private void relax(int u, int v, double edgeCost) {
        double d = dist[u] + edgeCost;
        int h = hops[u] + 1;
        boolean fresh = reachStamp[v] != calcStamp;
        if (fresh) {
            reachStamp[v] = calcStamp;
            settled[v] = false;
        } else if (settled[v] || !(d < dist[v] || (d == dist[v] && h < hops[v]))) {
            return;
        }
        dist[v] = d;
        hops[v] = h;
        first[v] = u == self ? v : first[u];
        parent[v] = u;
        if (fresh) {
            heap.push(v);
        } else {
            heap.decreased(v);
        }
    }

    /** True if every destination keeps its next hop, hop count and cost and MID/HNA did not change. */
    private boolean sameRoutes() {
        InformationBases b = bases;
        if (b.mid().version() != midVersion || b.associations().version() != hnaVersion) {
            return false;
        }
        int count = 0;
        int n = ids.size();
        for (int v = 0; v < n; v++) {
            if (v == self || reachStamp[v] != calcStamp) {
                continue;
            }
            count++;
            NodeAddress next = bestLink[first[v]].neighborInterface();
            if (routeNextHop[v] != next && !next.equals(routeNextHop[v])
                    || routeHops[v] != hops[v] || Double.compare(routeCost[v], dist[v]) != 0) {
                return false;
            }
        }
        return count == routeCount;
    }

    private RoutingTable rebuildTable() {
        InformationBases b = bases;
        TreeMap<Ipv4Prefix, Route> routes = new TreeMap<>();
        int n = ids.size();
        routeCount = 0;
        for (int v = 0; v < n; v++) {
            if (v == self || reachStamp[v] != calcStamp) {
                routeNextHop[v] = null;
                continue;
            }
            NodeAddress dest = addressOf[v];
            NodeAddress next = bestLink[first[v]].neighborInterface();
            routeNextHop[v] = next;
            routeHops[v] = hops[v];
            routeCost[v] = dist[v];
            routeCount++;
            Ipv4Prefix p = Ipv4Prefix.host(dest);
            routes.put(p, new Route(p, next, hops[v], dist[v], dest));
        }
        RouteComputation.addAliasRoutes(b.mid(), b.self(), routes);
        RouteComputation.addHnaRoutes(b.associations(), localHna, routes);
        midVersion = b.mid().version();
        hnaVersion = b.associations().version();
        table = new RoutingTable(b.self(), routes);
        return table;
    }

    /** Returns and clears whether an edge change since the last call may alter the routes. */
    public boolean takeGraphChanged() {
        boolean v = graphChanged;
        graphChanged = false;
        return v;
    }

    /**
     * Judges one change of a 2-hop or topology edge against the tree of the last calculation. A
     * 2-hop edge counts only if its neighbour was symmetric then (if that changed since, the link
     * change forces a recalculation anyway).
     */
    private void onEdgeChange(boolean topology, int u, int v, double oldCost, double newCost) {
        if (graphChanged || calcStamp == 0) {
            return;
        }
        if (!topology && !(u < symmetricStamp.length && symmetric(u))) {
            return;
        }
        boolean existenceChanged = Double.isInfinite(oldCost) != Double.isInfinite(newCost);
        if (inverseRule && existenceChanged) {
            if (!topology) {
                graphChanged = true; // it may switch the usability of TC edges both ways: recalculate
                return;
            }
            if (topologyEdges.contains(v, u)) {
                double reverse = topologyEdges.costOf(v, u);
                boolean appeared = Double.isInfinite(oldCost);
                graphChanged |= mayChange(v, u, appeared ? Double.POSITIVE_INFINITY : reverse,
                        appeared ? reverse : Double.POSITIVE_INFINITY);
            }
        }
        graphChanged |= mayChange(u, v, oldCost, newCost);
    }

    private boolean mayChange(int u, int v, double oldCost, double newCost) {
        if (v == self || Double.compare(oldCost, newCost) == 0) {
            return false;
        }
        boolean vReached = v != self && reached(v);
        if (vReached && u >= 0 && parent[v] == u) {
            return true; // a tree edge changed
        }
        if (newCost < oldCost) {
            double distU = u == self ? 0.0 : u != self && reached(u) ? dist[u] : Double.POSITIVE_INFINITY;
            double distV = vReached ? dist[v] : Double.POSITIVE_INFINITY;
            return Double.isFinite(distU) && distU + newCost <= distV;
        }
        return false;
    }

    /**
     * One kind of edge (2-hop or topology) as adjacency arrays per source id, updated by the set's
     * listener. Edges with a non-finite cost and loops are not kept: the graph ignores them.
     */
    private final class EdgeLayer implements EdgeListener {
        final boolean topology;
        int[][] to = new int[64][];
        double[][] cost = new double[64][];
        int[] degree = new int[64];

        EdgeLayer(boolean topology) {
            this.topology = topology;
        }

        int nodes() {
            return to.length;
        }

        @Override
        public void edgeSet(NodeAddress from, NodeAddress toAddress, double c) {
            set(from, toAddress, c);
        }

        @Override
        public void edgeRemoved(NodeAddress from, NodeAddress toAddress) {
            int u = ids.find(from.value());
            int v = ids.find(toAddress.value());
            if (u >= 0 && v >= 0 && u < to.length) {
                remove(u, v);
            }
        }

        void set(NodeAddress from, NodeAddress toAddress, double c) {
            int u = intern(from);
            int v = intern(toAddress);
            if (u == v) {
                return;
            }
            if (!Double.isFinite(c)) {
                if (u < to.length) {
                    remove(u, v);
                }
                return;
            }
            if (u >= to.length) {
                int n = Math.max(u + 1, 2 * to.length);
                to = Arrays.copyOf(to, n);
                cost = Arrays.copyOf(cost, n);
                degree = Arrays.copyOf(degree, n);
            }
            int k = indexOf(u, v);
            if (k >= 0) {
                onEdgeChange(topology, u, v, cost[u][k], c);
                cost[u][k] = c;
                return;
            }
            onEdgeChange(topology, u, v, Double.POSITIVE_INFINITY, c);
            if (to[u] == null) {
                to[u] = new int[8];
                cost[u] = new double[8];
            } else if (degree[u] == to[u].length) {
                to[u] = Arrays.copyOf(to[u], 2 * degree[u]);
                cost[u] = Arrays.copyOf(cost[u], 2 * degree[u]);
            }
            to[u][degree[u]] = v;
            cost[u][degree[u]++] = c;
        }

        private void remove(int u, int v) {
            int k = indexOf(u, v);
            if (k >= 0) {
                onEdgeChange(topology, u, v, cost[u][k], Double.POSITIVE_INFINITY);
                int last = --degree[u];
                to[u][k] = to[u][last];
                cost[u][k] = cost[u][last];
            }
        }

        private int indexOf(int u, int v) {
            int[] t = to[u];
            if (t == null) {
                return -1;
            }
            for (int k = 0, n = degree[u]; k < n; k++) {
                if (t[k] == v) {
                    return k;
                }
            }
            return -1;
        }

        boolean contains(int u, int v) {
            return u < to.length && indexOf(u, v) >= 0;
        }

        double costOf(int u, int v) {
            int k = u < to.length ? indexOf(u, v) : -1;
            return k < 0 ? Double.POSITIVE_INFINITY : cost[u][k];
        }
    }

    /** A binary min-heap of node ids ordered by (dist, hops, address), with decrease-key. */
    private final class IndexedHeap {
        private int[] items = new int[64];
        private int[] position = new int[64];
        private int size;

        void ensure(int n) {
            if (position.length < n) {
                items = Arrays.copyOf(items, n);
                position = Arrays.copyOf(position, n);
            }
        }

        void clear() {
            size = 0;
        }

        boolean isEmpty() {
            return size == 0;
        }

        void push(int v) {
            items[size] = v;
            position[v] = size;
            up(size++);
        }

        void decreased(int v) {
            up(position[v]);
        }

        int pop() {
            int top = items[0];
            int last = items[--size];
            if (size > 0) {
                items[0] = last;
                position[last] = 0;
                down(0);
            }
            return top;
        }

        private boolean less(int a, int b) {
            int c = Double.compare(dist[a], dist[b]);
            if (c != 0) {
                return c < 0;
            }
            if (hops[a] != hops[b]) {
                return hops[a] < hops[b];
            }
            return order[a] < order[b];
        }

        private void up(int i) {
            int v = items[i];
            while (i > 0) {
                int p = (i - 1) >>> 1;
                int pv = items[p];
                if (!less(v, pv)) {
                    break;
                }
                items[i] = pv;
                position[pv] = i;
                i = p;
            }
            items[i] = v;
            position[v] = i;
        }

        private void down(int i) {
            int v = items[i];
            while (true) {
                int l = 2 * i + 1;
                if (l >= size) {
                    break;
                }
                int r = l + 1;
                int c = r < size && less(items[r], items[l]) ? r : l;
                if (!less(items[c], v)) {
                    break;
                }
                items[i] = items[c];
                position[items[i]] = i;
                i = c;
            }
            items[i] = v;
            position[v] = i;
        }
    }
}
