package carma.olsr.logic;

import carma.olsr.NodeAddress;
import carma.olsr.state.InformationBases;
import carma.olsr.state.LinkTuple;
import carma.olsr.state.MidSet;
import carma.olsr.state.TwoHopSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.ObjIntConsumer;

/**
 * The MPR set of one agent, computed straight from its information bases into reused primitive
 * arrays: the same set as {@code selection.select(MprProblems.of(b, linkQuality, nowNs))} with
 * {@link Rfc3626MprSelection} when link quality is off and {@link LqMprSelection} with the given
 * coverage when it is on (those stay the reference), including every tie-break.
 *
 * <p>Nodes get dense ids per call: the symmetric neighbours first, in address order (so "lowest
 * address wins" is "lowest id wins"), then the main addresses of symmetric links and the 2-hop
 * nodes. Per-neighbour and per-2-hop lists are kept as grouped arrays (offsets + entries). Once the
 * arrays have grown to the neighbourhood, a call allocates only the iterator over the link set
 * (link-quality mode) and, when the MPR set changed, the {@link SortedSet} handed to
 * {@link InformationBases#setMprSet}.
 *
 * <p>Mutable and not thread-safe: one instance per agent.
 */
public final class MprCalculator {

    private final boolean linkQuality;
    private final int mprCoverage;
    private final AddressIndex index = new AddressIndex();
    private final ObjIntConsumer<NodeAddress> neighborVisitor = this::addNeighbor;
    private final Consumer<TwoHopSet.TwoHopTuple> twoHopVisitor = this::addTwoHopLink;

    // nodes by dense id; ids below neighborCount are the symmetric neighbours in address order
    private int nodeCount;
    private int neighborCount;
    private int selfAddress;
    private NodeAddress[] neighbors = new NodeAddress[16];
    private int[] willingness = new int[16];
    /** Lowest cost of a symmetric link to the node (link-quality mode), infinite if none. */
    private double[] directCost = new double[16];
    private boolean[] mpr = new boolean[16];

    // 2-hop links through a symmetric neighbour, not to this node, in 2-hop set order
    private int linkCount;
    private int[] linkNeighbor = new int[16];
    private int[] linkTwoHop = new int[16];
    private double[] linkCost = new double[16];

    // work arrays, grouped lists as offsets (size + 1) and entries
    private int[] count = new int[16];
    private int[] remaining = new int[16];
    private boolean[] uncovered = new boolean[16];
    private int uncoveredCount;
    private int[] coverOffset = new int[17];
    private int[] coverEntry = new int[16];
    private int[] providerOffset = new int[17];
    private int[] providerEntry = new int[16];
    private double[] candidateCost = new double[16];

    // the MPR set last stored by this calculator, to compare without iterating the stored set
    private SortedSet<NodeAddress> storedSet;
    private int[] storedAddresses = new int[16];
    private int storedCount;

    /**
     * @param linkQuality use the link-quality selection of olsrd instead of RFC 3626 §8.3.1
     * @param mprCoverage olsrd MprCoverage (link-quality selection only), at least 1
     */
    public MprCalculator(boolean linkQuality, int mprCoverage) {
        if (mprCoverage < 1) {
            throw new IllegalArgumentException("MPR coverage must be at least 1: " + mprCoverage);
        }
        this.linkQuality = linkQuality;
        this.mprCoverage = mprCoverage;
    }

    /**
     * Recomputes the MPR set from the bases and stores it with {@link InformationBases#setMprSet} if
     * it changed; returns true if it changed.
     *
     * @throws IllegalStateException if (RFC selection) some strict 2-hop neighbour cannot be covered
     */
    public boolean update(InformationBases b, long nowNs) {
        load(b, nowNs);
        Arrays.fill(mpr, 0, neighborCount, false);
        if (linkQuality) {
            selectLq();
        } else {
            selectRfc();
        }
        return store(b);
    }

    // ---- input -------------------------------------------------------------------------------

    private void load(InformationBases b, long nowNs) {
        index.clear();
        nodeCount = 0;
        neighborCount = 0;
        linkCount = 0;
        selfAddress = b.self().value();
        b.neighbors().forEachSymmetric(neighborVisitor);
        neighborCount = nodeCount;
        if (linkQuality) {
            MidSet mid = b.mid();
            for (LinkTuple l : b.links().all()) {
                if (l.isSymmetric(nowNs)) {
                    int id = node(mid.mainAddress(l.neighborInterface()).value());
                    directCost[id] = Math.min(directCost[id], RouteComputation.linkCost(l, true));
                }
            }
        }
        b.twoHop().forEach(twoHopVisitor);
    }

    private void addNeighbor(NodeAddress main, int w) {
        int id = node(main.value());
        neighbors[id] = main;
        willingness[id] = w;
    }

    private void addTwoHopLink(TwoHopSet.TwoHopTuple t) {
        int y = index.find(t.neighbor().value());
        if (y < 0 || y >= neighborCount || t.twoHop().value() == selfAddress) {
            return;
        }
        if (linkCount == linkNeighbor.length) {
            int n = 2 * linkCount;
            linkNeighbor = Arrays.copyOf(linkNeighbor, n);
            linkTwoHop = Arrays.copyOf(linkTwoHop, n);
            linkCost = Arrays.copyOf(linkCost, n);
        }
        linkNeighbor[linkCount] = y;
        linkTwoHop[linkCount] = node(t.twoHop().value());
        linkCost[linkCount] = t.cost();
        linkCount++;
    }

    /** The id of an address, creating the node (no direct link yet) on first sight. */
    private int node(int address) {
        int id = index.add(address);
        if (id == nodeCount) {
            if (id == directCost.length) {
                int n = 2 * id;
                neighbors = Arrays.copyOf(neighbors, n);
                willingness = Arrays.copyOf(willingness, n);
                directCost = Arrays.copyOf(directCost, n);
                mpr = Arrays.copyOf(mpr, n);
            }
            directCost[id] = Double.POSITIVE_INFINITY;
            nodeCount++;
        }
        return id;
    }

    // ---- RFC 3626 §8.3.1 -----------------------------------------------------------------------

    /**
     * As {@link Rfc3626MprSelection}: N2 is every non-neighbour reached through a neighbour that is
     * not WILL_NEVER; {@code count} holds D(y) for neighbours and the number of providers for N2
     * nodes, {@code remaining} the still uncovered N2 nodes of each neighbour.
     */
    private void selectRfc() {
        groupCoverage();
        for (int y = 0; y < neighborCount; y++) {
            if (willingness[y] == Willingness.ALWAYS) {
                mpr[y] = true;
                cover(y);
            }
        }
        for (int y = 0; y < neighborCount; y++) {
            if (!mpr[y] && isSoleProvider(y)) {
                mpr[y] = true;
                cover(y);
            }
        }
        while (uncoveredCount > 0) {
            int y = pickBest();
            mpr[y] = true;
            cover(y);
        }
    }

    /** Fills the coverage lists (neighbour → N2 nodes) and provider lists (N2 node → neighbours). */
    private void groupCoverage() {
        int nodes = nodeCount;
        count = fit(count, nodes);
        remaining = fit(remaining, nodes);
        coverOffset = fit(coverOffset, nodes + 1);
        providerOffset = fit(providerOffset, nodes + 1);
        coverEntry = fit(coverEntry, linkCount);
        providerEntry = fit(providerEntry, linkCount);
        uncovered = nodes <= uncovered.length ? uncovered : new boolean[Math.max(nodes, 2 * uncovered.length)];
        Arrays.fill(count, 0, nodes, 0);
        for (int i = 0; i < linkCount; i++) {
            if (covers(i)) {
                count[linkNeighbor[i]]++;
                count[linkTwoHop[i]]++;
            }
        }
        uncoveredCount = 0;
        for (int v = 0; v < nodes; v++) {
            boolean isN2 = v >= neighborCount && count[v] > 0;
            uncovered[v] = isN2;
            uncoveredCount += isN2 ? 1 : 0;
            remaining[v] = v < neighborCount ? count[v] : 0;
        }
        endOffsets(coverOffset, 0, neighborCount);
        endOffsets(providerOffset, neighborCount, nodes);
        for (int i = linkCount - 1; i >= 0; i--) {
            if (covers(i)) {
                coverEntry[--coverOffset[linkNeighbor[i]]] = linkTwoHop[i];
                providerEntry[--providerOffset[linkTwoHop[i]]] = linkNeighbor[i];
            }
        }
    }

    /** Whether 2-hop link i counts for N2: an eligible neighbour to a node that is not a neighbour. */
    private boolean covers(int i) {
        return linkTwoHop[i] >= neighborCount && willingness[linkNeighbor[i]] != Willingness.NEVER;
    }

    /**
     * Sets offset[v] to the end of group v (cumulative counts) for v in [from, to) and offset[to] to
     * the total; filling entries at {@code --offset[v]} then leaves offset[v] at the group's start
     * and offset[v + 1] at its end. Groups outside [from, to) are empty and start at 0.
     */
    private void endOffsets(int[] offset, int from, int to) {
        Arrays.fill(offset, 0, from, 0);
        int sum = 0;
        for (int v = from; v < to; v++) {
            sum += count[v];
            offset[v] = sum;
        }
        offset[to] = sum;
    }

    /** Marks the N2 nodes of neighbour y covered. */
    private void cover(int y) {
        for (int k = coverOffset[y]; k < coverOffset[y + 1]; k++) {
            int z = coverEntry[k];
            if (uncovered[z]) {
                uncovered[z] = false;
                uncoveredCount--;
                for (int j = providerOffset[z]; j < providerOffset[z + 1]; j++) {
                    remaining[providerEntry[j]]--;
                }
            }
        }
    }

    /** Step 3: y is the only provider of some uncovered N2 node. */
    private boolean isSoleProvider(int y) {
        for (int k = coverOffset[y]; k < coverOffset[y + 1]; k++) {
            int z = coverEntry[k];
            if (count[z] == 1 && uncovered[z]) {
                return true;
            }
        }
        return false;
    }

    /** Step 4: highest willingness, then reachability, then degree D(y); then lowest address. */
    private int pickBest() {
        int best = -1;
        int bestW = -1;
        int bestR = 0;
        int bestD = -1;
        for (int y = 0; y < neighborCount; y++) {
            int d = count[y];
            if (d == 0 || mpr[y]) {
                continue;
            }
            int r = remaining[y];
            int w = willingness[y];
            if (r > 0 && (w > bestW || (w == bestW && (r > bestR || (r == bestR && d > bestD))))) {
                best = y;
                bestW = w;
                bestR = r;
                bestD = d;
            }
        }
        if (best < 0) {
            TreeSet<NodeAddress> left = new TreeSet<>();
            for (int z = neighborCount; z < nodeCount; z++) {
                if (uncovered[z]) {
                    left.add(new NodeAddress(index.address(z)));
                }
            }
            throw new IllegalStateException("uncovered 2-hop neighbours without provider: " + left);
        }
        return best;
    }

    // ---- olsrd lq_mpr.c ------------------------------------------------------------------------

    /**
     * As {@link LqMprSelection}: WILL_ALWAYS neighbours, and for every 2-hop node the up to
     * {@code mprCoverage} cheapest finite paths through neighbours that are not WILL_NEVER, while
     * cheaper than the direct link. Groups candidates (neighbour, path cost) by 2-hop node.
     */
    private void selectLq() {
        int nodes = nodeCount;
        count = fit(count, nodes);
        providerOffset = fit(providerOffset, nodes + 1);
        providerEntry = fit(providerEntry, linkCount);
        candidateCost = candidateCost.length >= linkCount ? candidateCost
                : new double[Math.max(linkCount, 2 * candidateCost.length)];
        for (int y = 0; y < neighborCount; y++) {
            mpr[y] |= willingness[y] == Willingness.ALWAYS;
        }
        Arrays.fill(count, 0, nodes, 0);
        for (int i = 0; i < linkCount; i++) {
            if (Double.isFinite(pathCost(i))) {
                count[linkTwoHop[i]]++;
            }
        }
        endOffsets(providerOffset, 0, nodes);
        for (int i = linkCount - 1; i >= 0; i--) {
            double c = pathCost(i);
            if (Double.isFinite(c)) {
                int k = --providerOffset[linkTwoHop[i]];
                providerEntry[k] = linkNeighbor[i];
                candidateCost[k] = c;
            }
        }
        for (int z = 0; z < nodes; z++) {
            chooseCheapest(providerOffset[z], providerOffset[z + 1], directCost[z]);
        }
    }

    /** Cost of the 2-hop path of link i, NaN if its neighbour is WILL_NEVER (not a candidate). */
    private double pathCost(int i) {
        int y = linkNeighbor[i];
        return willingness[y] == Willingness.NEVER ? Double.NaN : directCost[y] + linkCost[i];
    }

    /** Partial selection sort of candidates [from, to) by (cost, address), marking the cheapest. */
    private void chooseCheapest(int from, int to, double direct) {
        int end = from + Math.min(mprCoverage, to - from);
        for (int k = from; k < end; k++) {
            int best = k;
            for (int j = k + 1; j < to; j++) {
                int c = Double.compare(candidateCost[j], candidateCost[best]);
                if (c < 0 || (c == 0 && providerEntry[j] < providerEntry[best])) {
                    best = j;
                }
            }
            swap(k, best);
            if (!(candidateCost[k] < direct)) {
                return;
            }
            mpr[providerEntry[k]] = true;
        }
    }

    private void swap(int i, int j) {
        int y = providerEntry[i];
        providerEntry[i] = providerEntry[j];
        providerEntry[j] = y;
        double c = candidateCost[i];
        candidateCost[i] = candidateCost[j];
        candidateCost[j] = c;
    }

    // ---- output --------------------------------------------------------------------------------

    private boolean store(InformationBases b) {
        if (sameAs(b.mprSet())) {
            return false;
        }
        TreeSet<NodeAddress> next = new TreeSet<>();
        storedCount = 0;
        storedAddresses = fit(storedAddresses, neighborCount);
        for (int y = 0; y < neighborCount; y++) {
            if (mpr[y]) {
                next.add(neighbors[y]);
                storedAddresses[storedCount++] = neighbors[y].value();
            }
        }
        boolean changed = b.setMprSet(next);
        storedSet = b.mprSet();
        return changed;
    }

    /** Whether the computed set equals {@code current}, walking both in address order. */
    private boolean sameAs(SortedSet<NodeAddress> current) {
        int y = -1;
        if (current == storedSet) {
            for (int k = 0; k < storedCount; k++) {
                y = nextMpr(y + 1);
                if (y == neighborCount || neighbors[y].value() != storedAddresses[k]) {
                    return false;
                }
            }
            return nextMpr(y + 1) == neighborCount;
        }
        for (Iterator<NodeAddress> it = current.iterator(); it.hasNext(); ) {
            y = nextMpr(y + 1);
            if (y == neighborCount || !neighbors[y].equals(it.next())) {
                return false;
            }
        }
        return nextMpr(y + 1) == neighborCount;
    }

    /** The first MPR id at or after y, neighborCount if none. */
    private int nextMpr(int y) {
        while (y < neighborCount && !mpr[y]) {
            y++;
        }
        return y;
    }

    private static int[] fit(int[] a, int n) {
        return a.length >= n ? a : new int[Math.max(n, 2 * a.length)];
    }
}
