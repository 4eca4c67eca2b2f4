package carma.olsr.wire;

import carma.olsr.NodeAddress;
import java.util.List;

/**
 * One link message inside a HELLO (RFC 3626 §6.1):
 * {@code Link Code(8) | Reserved(8) | Link Message Size(16) | neighbour interface addresses}.
 *
 * @param linkCode   the raw link code byte, kept as received (see {@link LinkCode})
 * @param neighbours neighbour interface addresses
 */
public record LinkGroup(int linkCode, List<NodeAddress> neighbours) {

    public LinkGroup {
        MessageHeader.checkRange("link code", linkCode, 0xFF);
        neighbours = List.copyOf(neighbours);
    }

    int size() {
        return 4 + 4 * neighbours.size();
    }
}
