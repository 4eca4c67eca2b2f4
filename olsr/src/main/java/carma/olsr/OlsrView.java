package carma.olsr;

import carma.olsr.state.InformationBases;
import carma.olsr.state.LinkTuple;
import java.util.Collections;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * An immutable snapshot of an agent's neighbourhood state, for observation and tests.
 *
 * @param symmetricNeighbors symmetric 1-hop neighbours (main addresses)
 * @param mprSet             the MPRs this node selected
 * @param mprSelectors       the neighbours that selected this node as MPR
 * @param linkQuality        per neighbour interface: published LQ and NLQ (0..255)
 */
public record OlsrView(SortedSet<NodeAddress> symmetricNeighbors, SortedSet<NodeAddress> mprSet,
                       SortedSet<NodeAddress> mprSelectors, SortedMap<NodeAddress, LinkQuality> linkQuality) {

    /** Published LQ/NLQ bytes of one link and the resulting ETX. */
    public record LinkQuality(int lq, int nlq, double etx) {
    }

    OlsrView(InformationBases b) {
        this(Collections.unmodifiableSortedSet(new TreeSet<>(b.neighbors().symmetricWillingness().keySet())),
                b.mprSet(), b.mprSelectors().selectors(), links(b));
    }

    private static SortedMap<NodeAddress, LinkQuality> links(InformationBases b) {
        TreeMap<NodeAddress, LinkQuality> m = new TreeMap<>();
        for (LinkTuple l : b.links().all()) {
            m.put(l.neighborInterface(), new LinkQuality(l.estimator().lq(), l.estimator().nlq(),
                    l.estimator().etx()));
        }
        return Collections.unmodifiableSortedMap(m);
    }
}
