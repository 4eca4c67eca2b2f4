package carma.olsr.state;

import carma.olsr.NodeAddress;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/** All information repositories of one OLSR node (RFC 3626 §4), plus its current MPR set. */
public final class InformationBases {

    private final NodeAddress self;
    private final LinkSet links = new LinkSet();
    private final NeighborSet neighbors = new NeighborSet();
    private final TwoHopSet twoHop = new TwoHopSet();
    private final MprSelectorSet mprSelectors = new MprSelectorSet();
    private final TopologySet topology = new TopologySet();
    private final DuplicateSet duplicates = new DuplicateSet();
    private final MidSet mid = new MidSet();
    private final AssociationSet associations = new AssociationSet();
    private SortedSet<NodeAddress> mprSet = Collections.emptySortedSet();

    public InformationBases(NodeAddress self) {
        this.self = self;
    }

    public NodeAddress self() {
        return self;
    }

    public LinkSet links() {
        return links;
    }

    public NeighborSet neighbors() {
        return neighbors;
    }

    public TwoHopSet twoHop() {
        return twoHop;
    }

    public MprSelectorSet mprSelectors() {
        return mprSelectors;
    }

    public TopologySet topology() {
        return topology;
    }

    public DuplicateSet duplicates() {
        return duplicates;
    }

    public MidSet mid() {
        return mid;
    }

    public AssociationSet associations() {
        return associations;
    }

    public SortedSet<NodeAddress> mprSet() {
        return mprSet;
    }

    /** Replaces the MPR set; returns true if it changed. */
    public boolean setMprSet(SortedSet<NodeAddress> next) {
        if (next.equals(mprSet)) {
            return false;
        }
        mprSet = Collections.unmodifiableSortedSet(new TreeSet<>(next));
        return true;
    }

    /** Earliest time at which some tuple expires or changes state by time alone. */
    public long nextDeadlineNs(long nowNs) {
        long t = links.nextDeadlineNs(nowNs);
        t = Math.min(t, twoHop.nextExpiryNs());
        t = Math.min(t, mprSelectors.nextExpiryNs());
        t = Math.min(t, topology.nextExpiryNs());
        t = Math.min(t, mid.nextExpiryNs());
        return Math.min(t, associations.nextExpiryNs());
    }
}
