package carma.olsr.logic;

import carma.olsr.NodeAddress;
import carma.olsr.state.InformationBases;
import carma.olsr.wire.MessageHeader;
import carma.olsr.wire.MessageType;
import carma.olsr.wire.OlsrMessage;
import java.util.Optional;

/**
 * The duplicate check and the default forwarding algorithm of RFC 3626 §3.4 (MPR flooding) for a
 * node with a single OLSR interface.
 */
public final class Forwarding {

    private final InformationBases bases;
    private final long duplicateHoldNs;

    public Forwarding(InformationBases bases, long duplicateHoldNs) {
        this.bases = bases;
        this.duplicateHoldNs = duplicateHoldNs;
    }

    /** True if the message must be processed: it was not seen before (§3.4 step 3.1). */
    public boolean isNew(MessageHeader h) {
        return !bases.duplicates().contains(h.originator(), h.sequenceNumber());
    }

    /**
     * Records the message in the duplicate set and decides forwarding (§3.4.1): only if the sender
     * is a symmetric neighbour, the message was not already received/retransmitted here, the sender
     * selected this node as MPR, and TTL > 1. HELLOs (types 1 and 201) are never forwarded.
     *
     * @return the message to retransmit (TTL - 1, hop count + 1), if any
     */
    public Optional<OlsrMessage> consider(OlsrMessage m, NodeAddress from, long nowNs) {
        MessageHeader h = m.header();
        boolean seen = bases.duplicates().contains(h.originator(), h.sequenceNumber());
        NodeAddress sender = bases.mid().mainAddress(from);
        boolean hello = h.type() == MessageType.HELLO || h.type() == MessageType.LQ_HELLO;
        boolean eligible = !hello && !seen && bases.neighbors().isSymmetric(sender);
        boolean forward = eligible && bases.mprSelectors().contains(sender) && h.ttl() > 1 && h.hopCount() < 255;
        if (!seen) {
            bases.duplicates().record(h.originator(), h.sequenceNumber(), forward, nowNs + duplicateHoldNs);
        }
        return forward ? Optional.of(m.withHeader(h.forwarded())) : Optional.empty();
    }
}
