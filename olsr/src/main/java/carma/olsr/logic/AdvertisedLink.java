package carma.olsr.logic;

import carma.olsr.NodeAddress;
import carma.olsr.wire.HelloMessage;
import carma.olsr.wire.LinkGroup;
import carma.olsr.wire.LqHelloMessage;
import carma.olsr.wire.LqLinkGroup;
import carma.olsr.wire.LqNeighbor;
import java.util.ArrayList;
import java.util.List;

/**
 * One neighbour entry of a received HELLO or LQ_HELLO, flattened: the link code it was listed under
 * and, for LQ_HELLO, the sender's LQ/NLQ of that link (255/255 for a plain HELLO).
 */
record AdvertisedLink(int linkCode, NodeAddress address, int lq, int nlq) {

    static List<AdvertisedLink> of(HelloMessage h) {
        List<AdvertisedLink> out = new ArrayList<>();
        for (LinkGroup g : h.links()) {
            g.neighbours().forEach(a -> out.add(new AdvertisedLink(g.linkCode(), a, 255, 255)));
        }
        return out;
    }

    static List<AdvertisedLink> of(LqHelloMessage h) {
        List<AdvertisedLink> out = new ArrayList<>();
        for (LqLinkGroup g : h.links()) {
            for (LqNeighbor n : g.neighbours()) {
                out.add(new AdvertisedLink(g.linkCode(), n.address(), n.lq(), n.nlq()));
            }
        }
        return out;
    }
}
