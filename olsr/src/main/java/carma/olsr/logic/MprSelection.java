package carma.olsr.logic;

import carma.olsr.NodeAddress;
import java.util.SortedSet;

/** Chooses the multipoint relays of a node from its 1-hop and 2-hop neighbourhood. */
public interface MprSelection {

    SortedSet<NodeAddress> select(MprProblem problem);
}
