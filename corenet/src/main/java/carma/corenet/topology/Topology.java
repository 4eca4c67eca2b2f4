package carma.corenet.topology;

import carma.kernel.graph.Digraph;
import carma.kernel.graph.PathSearch;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Routers and directed links of a core network, with its hop-count routing (the IP routes used by
 * unlabelled packets). Routers are indexed in their natural order (IRs, ERs, CRs by number), links
 * in the order given; both orders are deterministic, and so are the routes (ties: lower router id).
 */
public final class Topology {
    private final List<RouterId> routers;
    private final List<LinkSpec> links;
    private final Map<RouterId, Integer> routerIndex = new HashMap<>();
    private final Map<LinkId, Integer> linkIndex = new HashMap<>();
    /** nextLink[destination][router] = index of the link router takes towards destination, or -1. */
    private final int[][] nextLink;

    public Topology(List<LinkSpec> links) {
        if (links.isEmpty()) {
            throw new IllegalArgumentException("a topology needs at least one link");
        }
        TreeSet<RouterId> ids = new TreeSet<>();
        for (LinkSpec l : links) {
            ids.add(l.from());
            ids.add(l.to());
        }
        this.routers = List.copyOf(ids);
        this.links = List.copyOf(links);
        for (int i = 0; i < routers.size(); i++) {
            routerIndex.put(routers.get(i), i);
        }
        for (int i = 0; i < links.size(); i++) {
            if (linkIndex.put(links.get(i).id(), i) != null) {
                throw new IllegalArgumentException("link " + links.get(i).id() + " given twice");
            }
        }
        this.nextLink = routes();
    }

    /**
     * AROMA's "slightly unbalanced fish" [reconstructed from seed 001 §6.1, Fig. 13 being lost]: IR1 and
     * IR2 join at CR1 (the tail); the short path CR1–CR2–ER and the long path CR1–CR3–CR4–ER meet at
     * the ER (the head). Every link is duplex at {@code rateBps} with {@code propagationDelayNs} each way.
     */
    public static Topology fish(long rateBps, long propagationDelayNs) {
        List<LinkSpec> l = new ArrayList<>();
        String[][] pairs = {{"IR1", "CR1"}, {"IR2", "CR1"}, {"CR1", "CR2"}, {"CR2", "ER"}, {"CR1", "CR3"},
            {"CR3", "CR4"}, {"CR4", "ER"}};
        for (String[] p : pairs) {
            RouterId a = RouterId.parse(p[0]);
            RouterId b = RouterId.parse(p[1]);
            l.add(new LinkSpec(a, b, rateBps, propagationDelayNs));
            l.add(new LinkSpec(b, a, rateBps, propagationDelayNs));
        }
        return new Topology(l);
    }

    /** The reference fish: 10 Mbit/s managed capacity, 0.15 ms per hop (0.1 ms wire + 0.05 ms router). */
    public static Topology referenceFish() {
        return fish(10_000_000L, 150_000L);
    }

    public List<RouterId> routers() {
        return routers;
    }

    public List<LinkSpec> links() {
        return links;
    }

    public int routerIndex(RouterId id) {
        Integer i = routerIndex.get(id);
        if (i == null) {
            throw new IllegalArgumentException("no router " + id + " in the topology");
        }
        return i;
    }

    public boolean contains(RouterId id) {
        return routerIndex.containsKey(id);
    }

    public Optional<LinkSpec> link(RouterId from, RouterId to) {
        Integer i = linkIndex.get(new LinkId(from, to));
        return i == null ? Optional.empty() : Optional.of(links.get(i));
    }

    public int linkIndex(LinkId id) {
        Integer i = linkIndex.get(id);
        if (i == null) {
            throw new IllegalArgumentException("no link " + id + " in the topology");
        }
        return i;
    }

    /** The link {@code from} forwards unlabelled packets for {@code destination} on, if any route exists. */
    public Optional<LinkSpec> nextLink(RouterId from, RouterId destination) {
        int k = nextLink[routerIndex(destination)][routerIndex(from)];
        return k < 0 ? Optional.empty() : Optional.of(links.get(k));
    }

    /** The hop-count route from {@code from} to {@code to} as the routers visited (both ends included). */
    public List<RouterId> route(RouterId from, RouterId to) {
        List<RouterId> path = new ArrayList<>();
        path.add(from);
        RouterId at = from;
        while (!at.equals(to)) {
            Optional<LinkSpec> next = nextLink(at, to);
            if (next.isEmpty()) {
                return Collections.emptyList();
            }
            at = next.get().to();
            path.add(at);
        }
        return path;
    }

    /** The links along an explicit router path; fails if two consecutive routers are not linked. */
    public List<LinkSpec> linksAlong(List<RouterId> path) {
        List<LinkSpec> out = new ArrayList<>();
        for (int i = 0; i + 1 < path.size(); i++) {
            RouterId a = path.get(i);
            RouterId b = path.get(i + 1);
            out.add(link(a, b).orElseThrow(() -> new IllegalArgumentException("no link " + a + "->" + b)));
        }
        return out;
    }

    private int[][] routes() {
        int n = routers.size();
        int m = links.size();
        int[] tail = new int[m];
        int[] head = new int[m];
        double[] weight = new double[m];
        for (int k = 0; k < m; k++) {
            // reversed arcs: a search from the destination finds, for every router, its first link
            tail[k] = routerIndex.get(links.get(k).to());
            head[k] = routerIndex.get(links.get(k).from());
            weight[k] = 1;
        }
        Digraph reversed = Digraph.of(n, tail, head);
        int[][] next = new int[n][];
        for (int d = 0; d < n; d++) {
            next[d] = PathSearch.shortest(reversed, weight, d).predecessorArc();
        }
        return next;
    }
}
