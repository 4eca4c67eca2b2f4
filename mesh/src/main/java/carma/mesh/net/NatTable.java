package carma.mesh.net;

import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The Internet side's NAT view: per session, the public address (gateway, AP) its traffic uses. A
 * session is bound by its first packet; a packet from another address is refused unless it is the
 * relay's re-attachment of a relayed session, which re-binds it. Per-packet flows (ICMP echo) are
 * never bound.
 */
final class NatTable {
    private final Map<Integer, Long> bindings = new HashMap<>();

    /** The address downlink packets of {@code flow} go to; binds the session on first use. */
    long downlinkAddress(FlowSpec flow, LongSupplier current) {
        return flow.binding() == NatBinding.SESSION
                ? bindings.computeIfAbsent(flow.session(), s -> current.getAsLong()) : current.getAsLong();
    }

    /** Whether the Internet host accepts uplink {@code p} of {@code flow} (re-binding on relay control). */
    boolean acceptUplink(FlowSpec flow, Packet p) {
        if (flow == null || flow.binding() != NatBinding.SESSION) {
            return true;
        }
        long exit = Packet.address(p.exitGateway(), p.exitAp());
        Long bound = bindings.putIfAbsent(flow.session(), exit);
        if (bound == null || bound == exit) {
            return true;
        }
        if (p.kind() == PacketKind.RELAY_CONTROL && flow.relayed()) {
            bindings.put(flow.session(), exit);
            return true;
        }
        return false;
    }

    /** The gateway a session is bound to, or -1. */
    int gateway(int session) {
        long a = bindings.getOrDefault(session, -1L);
        return a < 0 ? -1 : (int) (a >>> 32);
    }
}
