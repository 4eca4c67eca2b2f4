package carma.olsr.wire;

import java.util.List;

/** A link message inside an LQ_HELLO: like {@link LinkGroup} but every address carries LQ/NLQ. */
public record LqLinkGroup(int linkCode, List<LqNeighbor> neighbours) {

    public LqLinkGroup {
        MessageHeader.checkRange("link code", linkCode, 0xFF);
        neighbours = List.copyOf(neighbours);
    }

    int size() {
        return 4 + LqNeighbor.SIZE * neighbours.size();
    }
}
