package carma.olsr.logic;

import carma.olsr.Ipv4Prefix;
import carma.olsr.NodeAddress;
import carma.olsr.OlsrConfig;
import carma.olsr.lq.EtxMetric;
import carma.olsr.state.InformationBases;
import carma.olsr.state.LinkTuple;
import carma.olsr.state.TopologySet;
import carma.olsr.wire.HelloMessage;
import carma.olsr.wire.HnaMessage;
import carma.olsr.wire.LinkCode;
import carma.olsr.wire.LqHelloMessage;
import carma.olsr.wire.LqNeighbor;
import carma.olsr.wire.LqTcMessage;
import carma.olsr.wire.MessageHeader;
import carma.olsr.wire.MidMessage;
import carma.olsr.wire.TcMessage;
import carma.olsr.wire.Vtime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Applies received HELLO / LQ_HELLO (RFC 3626 §7.1.1, §8.1.1, §8.2.1, §8.4.1), TC / LQ_TC (§9.5),
 * MID (§5.4) and HNA (§12.5) to the information bases. It records whether the neighbourhood (MPR
 * input) or the topology (route input) changed, and which TC edges changed; the agent reads and
 * clears these.
 */
public final class MessageProcessor {

    private final InformationBases bases;
    private final OlsrConfig config;
    private final Set<NodeAddress> ownAddresses;
    private boolean neighborhoodChanged;
    private boolean linksChanged;
    private boolean topologyChanged;

    public MessageProcessor(InformationBases bases, OlsrConfig config, Set<NodeAddress> ownAddresses) {
        this.bases = bases;
        this.config = config;
        this.ownAddresses = Set.copyOf(ownAddresses);
    }

    public void onHello(HelloMessage h, NodeAddress from, long nowNs) {
        applyHello(h.header(), h.htimeCode(), h.willingness(), AdvertisedLink.of(h), from, nowNs);
    }

    public void onLqHello(LqHelloMessage h, NodeAddress from, long nowNs) {
        applyHello(h.header(), h.htimeCode(), h.willingness(), AdvertisedLink.of(h), from, nowNs);
    }

    private void applyHello(MessageHeader header, int htimeCode, int willingness, List<AdvertisedLink> entries,
                            NodeAddress from, long nowNs) {
        NodeAddress originator = header.originator();
        long validityNs = header.validityNs();
        AdvertisedLink listed = null;
        for (AdvertisedLink e : entries) {
            if (ownAddresses.contains(e.address()) && LinkCode.isProcessable(e.linkCode())) {
                listed = e;
            }
        }
        if (!from.equals(originator)) {
            // the sender interface is an alias of the originator (olsrd records it as a MID alias)
            topologyChanged |= bases.mid().put(from, originator, nowNs + validityNs);
        }
        LinkTuple link = bases.links().findOrCreate(from, nowNs);
        boolean wasSym = link.isSymmetric(nowNs);
        bases.links().onHello(link, nowNs, validityNs, listed == null ? -1 : LinkCode.linkType(listed.linkCode()),
                Vtime.decodeNs(htimeCode), config.neighbHoldNs());
        if (config.linkQuality()) {
            link.estimator().onNeighborLq(listed == null ? 0 : listed.lq());
        }
        bases.neighbors().setWillingness(originator, willingness);
        linksChanged |= bases.neighbors().rebuild(bases.links(), bases.mid(), nowNs)
                || wasSym != link.isSymmetric(nowNs);
        if (bases.neighbors().isSymmetric(originator)) {
            updateTwoHop(originator, entries, nowNs + validityNs);
        }
        if (listed != null && LinkCode.neighborType(listed.linkCode()) == LinkCode.MPR_NEIGH) {
            bases.mprSelectors().put(originator, nowNs + validityNs);
        }
    }

    private void updateTwoHop(NodeAddress neighbor, List<AdvertisedLink> entries, long expiryNs) {
        for (AdvertisedLink e : entries) {
            if (!LinkCode.isProcessable(e.linkCode())) {
                continue;
            }
            NodeAddress twoHop = bases.mid().mainAddress(e.address());
            if (ownAddresses.contains(e.address()) || ownAddresses.contains(twoHop)) {
                continue;
            }
            int type = LinkCode.neighborType(e.linkCode());
            if (type == LinkCode.SYM_NEIGH || type == LinkCode.MPR_NEIGH) {
                double cost = config.linkQuality() ? EtxMetric.etx(e.lq(), e.nlq()) : 1.0;
                neighborhoodChanged |= bases.twoHop().put(neighbor, twoHop, cost, expiryNs);
            } else {
                neighborhoodChanged |= bases.twoHop().remove(neighbor, twoHop);
            }
        }
    }

    public void onTc(TcMessage tc, NodeAddress from, long nowNs) {
        List<TopologySet.Advertised> adv = new ArrayList<>();
        tc.advertised().forEach(a -> adv.add(new TopologySet.Advertised(a, 1.0)));
        applyTc(tc.header(), tc.ansn(), adv, from, nowNs);
    }

    public void onLqTc(LqTcMessage tc, NodeAddress from, long nowNs) {
        List<TopologySet.Advertised> adv = new ArrayList<>();
        for (LqNeighbor n : tc.advertised()) {
            adv.add(new TopologySet.Advertised(n.address(), EtxMetric.etx(n.lq(), n.nlq())));
        }
        applyTc(tc.header(), tc.ansn(), adv, from, nowNs);
    }

    private void applyTc(MessageHeader h, int ansn, List<TopologySet.Advertised> adv, NodeAddress from, long nowNs) {
        if (!fromSymmetricNeighbor(from)) {
            return;
        }
        // the route calculator hears of the changed edges through the topology set's listener
        bases.topology().onTc(h.originator(), ansn, adv, nowNs + h.validityNs(), null);
    }

    public void onMid(MidMessage mid, NodeAddress from, long nowNs) {
        if (!fromSymmetricNeighbor(from)) {
            return;
        }
        for (NodeAddress alias : mid.interfaceAddresses()) {
            topologyChanged |= bases.mid().put(alias, mid.header().originator(), nowNs + mid.header().validityNs());
        }
    }

    public void onHna(HnaMessage hna, NodeAddress from, long nowNs) {
        if (!fromSymmetricNeighbor(from)) {
            return;
        }
        for (Ipv4Prefix p : hna.networks()) {
            topologyChanged |= bases.associations().put(hna.header().originator(), p,
                    nowNs + hna.header().validityNs());
        }
    }

    /** RFC 3626 §9.5 step 1 (and §5.4, §12.5): only messages relayed by a symmetric neighbour count. */
    public boolean fromSymmetricNeighbor(NodeAddress from) {
        return bases.neighbors().isSymmetric(bases.mid().mainAddress(from));
    }

    /** The 2-hop neighbourhood changed (MPR input). */
    public void markNeighborhoodChanged() {
        neighborhoodChanged = true;
    }

    /** This node's links changed: symmetry, cost or the neighbour set (MPR and route input). */
    public void markLinksChanged() {
        linksChanged = true;
    }

    /** Returns and clears the links-changed flag. */
    public boolean takeLinksChanged() {
        boolean v = linksChanged;
        linksChanged = false;
        return v;
    }

    public void markTopologyChanged() {
        topologyChanged = true;
    }

    /** Returns and clears the neighbourhood-changed flag. */
    public boolean takeNeighborhoodChanged() {
        boolean v = neighborhoodChanged;
        neighborhoodChanged = false;
        return v;
    }

    /** Returns and clears the topology-changed flag. */
    public boolean takeTopologyChanged() {
        boolean v = topologyChanged;
        topologyChanged = false;
        return v;
    }
}
