package carma.olsr.state;

import carma.olsr.NodeAddress;

/**
 * Told of every change of the (from, to, cost) edges a {@link TwoHopSet} or {@link TopologySet}
 * holds, so that a consumer can keep its own copy of the graph up to date instead of rereading the
 * whole set. Refreshes that change neither presence nor cost are not reported.
 */
public interface EdgeListener {

    EdgeListener NONE = new EdgeListener() {
        @Override
        public void edgeSet(NodeAddress from, NodeAddress to, double cost) {
        }

        @Override
        public void edgeRemoved(NodeAddress from, NodeAddress to) {
        }
    };

    /** The edge appeared or its cost changed. */
    void edgeSet(NodeAddress from, NodeAddress to, double cost);

    /** The edge disappeared. */
    void edgeRemoved(NodeAddress from, NodeAddress to);
}
