package carma.olsr.logic;

import carma.olsr.NodeAddress;
import carma.olsr.OlsrConfig;
import carma.olsr.state.InformationBases;
import carma.olsr.state.LinkTuple;
import carma.olsr.state.SequenceNumbers;
import carma.olsr.wire.HelloMessage;
import carma.olsr.wire.HnaMessage;
import carma.olsr.wire.LinkCode;
import carma.olsr.wire.LinkGroup;
import carma.olsr.wire.LqHelloMessage;
import carma.olsr.wire.LqLinkGroup;
import carma.olsr.wire.LqNeighbor;
import carma.olsr.wire.LqTcMessage;
import carma.olsr.wire.MessageHeader;
import carma.olsr.wire.MessageType;
import carma.olsr.wire.MidMessage;
import carma.olsr.wire.OlsrMessage;
import carma.olsr.wire.TcMessage;
import carma.olsr.wire.Vtime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Builds this node's HELLO / LQ_HELLO (RFC 3626 §6.2), TC / LQ_TC (§9.2-9.3), MID (§5.2) and HNA
 * (§12.2) from the information bases, and owns the message sequence number and the ANSN.
 */
public final class MessageFactory {

    /** Order of link types within a neighbour type, as olsrd's {@code serialize_lq_hello} writes them. */
    private static final int[] LINK_ORDER = {LinkCode.SYM_LINK, LinkCode.UNSPEC_LINK, LinkCode.ASYM_LINK,
        LinkCode.LOST_LINK};

    private final InformationBases bases;
    private final OlsrConfig config;
    private int messageSequence;
    private int ansn;
    private SortedSet<NodeAddress> lastAdvertised = new TreeSet<>();
    private long lastNonEmptyTcNs = Long.MIN_VALUE;

    public MessageFactory(InformationBases bases, OlsrConfig config) {
        this.bases = bases;
        this.config = config;
    }

    private MessageHeader header(int type, long validityNs, int ttl) {
        messageSequence = SequenceNumbers.next(messageSequence);
        return new MessageHeader(type, Vtime.encode(validityNs), bases.self(), ttl, 0, messageSequence);
    }

    public OlsrMessage hello(long nowNs) {
        Map<Integer, List<LqNeighbor>> groups = new LinkedHashMap<>();
        for (int neighType = LinkCode.NOT_NEIGH; neighType <= LinkCode.MPR_NEIGH; neighType++) {
            for (int linkType : LINK_ORDER) {
                groups.put(LinkCode.of(neighType, linkType), new ArrayList<>());
            }
        }
        for (LinkTuple l : bases.links().all()) {
            int linkType = l.isSymmetric(nowNs) ? LinkCode.SYM_LINK
                    : l.asymTimeNs() >= nowNs ? LinkCode.ASYM_LINK : LinkCode.LOST_LINK;
            NodeAddress main = bases.mid().mainAddress(l.neighborInterface());
            int neighType = bases.mprSet().contains(main) ? LinkCode.MPR_NEIGH
                    : bases.neighbors().isSymmetric(main) ? LinkCode.SYM_NEIGH : LinkCode.NOT_NEIGH;
            groups.get(LinkCode.of(neighType, linkType)).add(
                    new LqNeighbor(l.neighborInterface(), l.estimator().lq(), l.estimator().nlq()));
        }
        MessageHeader h = header(config.linkQuality() ? MessageType.LQ_HELLO : MessageType.HELLO,
                config.neighbHoldNs(), 1);
        int htime = Vtime.encode(config.helloIntervalNs());
        if (config.linkQuality()) {
            List<LqLinkGroup> out = new ArrayList<>();
            groups.forEach((code, ns) -> {
                if (!ns.isEmpty()) {
                    out.add(new LqLinkGroup(code, ns));
                }
            });
            return new LqHelloMessage(h, htime, config.willingness(), out);
        }
        List<LinkGroup> out = new ArrayList<>();
        groups.forEach((code, ns) -> {
            if (!ns.isEmpty()) {
                out.add(new LinkGroup(code, ns.stream().map(LqNeighbor::address).toList()));
            }
        });
        return new HelloMessage(h, htime, config.willingness(), out);
    }

    /** The advertised neighbour set according to TC_REDUNDANCY (RFC 3626 §15.1). */
    public SortedSet<NodeAddress> advertisedNeighbors() {
        TreeSet<NodeAddress> set = new TreeSet<>();
        java.util.Set<NodeAddress> sym = bases.neighbors().symmetricWillingness().keySet();
        if (config.tcRedundancy() == 2) {
            set.addAll(sym);
        } else {
            set.addAll(bases.mprSelectors().selectors());
            if (config.tcRedundancy() == 1) {
                set.addAll(bases.mprSet());
            }
            set.retainAll(sym);
        }
        return set;
    }

    /**
     * The periodic TC, or empty if there is nothing to advertise and the last non-empty TC is older
     * than TOP_HOLD_TIME (RFC 3626 §9.3: empty TCs are sent for that long to invalidate old ones).
     * The ANSN is incremented whenever the advertised set changed.
     */
    public Optional<OlsrMessage> tc(long nowNs) {
        SortedSet<NodeAddress> adv = advertisedNeighbors();
        if (!adv.equals(lastAdvertised)) {
            ansn = SequenceNumbers.next(ansn);
            lastAdvertised = adv;
        }
        if (!adv.isEmpty()) {
            lastNonEmptyTcNs = nowNs;
        } else if (lastNonEmptyTcNs == Long.MIN_VALUE || nowNs - lastNonEmptyTcNs > config.topHoldNs()) {
            return Optional.empty();
        }
        if (!config.linkQuality()) {
            return Optional.of(new TcMessage(header(MessageType.TC, config.topHoldNs(), 255), ansn, List.copyOf(adv)));
        }
        List<LqNeighbor> entries = new ArrayList<>();
        for (NodeAddress n : adv) {
            LinkTuple best = bestLink(n, nowNs);
            entries.add(new LqNeighbor(n, best == null ? 0 : best.estimator().lq(),
                    best == null ? 0 : best.estimator().nlq()));
        }
        return Optional.of(LqTcMessage.unfragmented(header(MessageType.LQ_TC, config.topHoldNs(), 255), ansn, entries));
    }

    private LinkTuple bestLink(NodeAddress main, long nowNs) {
        LinkTuple best = null;
        for (LinkTuple l : bases.links().all()) {
            if (l.isSymmetric(nowNs) && bases.mid().mainAddress(l.neighborInterface()).equals(main)
                    && (best == null || l.estimator().etx() < best.estimator().etx())) {
                best = l;
            }
        }
        return best;
    }

    public Optional<OlsrMessage> mid() {
        if (config.interfaceAliases().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new MidMessage(header(MessageType.MID, config.midHnaHoldNs(), 255),
                config.interfaceAliases()));
    }

    public Optional<OlsrMessage> hna() {
        if (config.localHna().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new HnaMessage(header(MessageType.HNA, config.midHnaHoldNs(), 255), config.localHna()));
    }

    /** A header for a locally originated message of a private type. */
    public MessageHeader extensionHeader(int type, long validityNs, int ttl) {
        return header(type, validityNs, ttl);
    }

    public int ansn() {
        return ansn;
    }
}
