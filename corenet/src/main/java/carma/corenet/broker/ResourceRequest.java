package carma.corenet.broker;

import carma.corenet.diffserv.Psc;
import carma.corenet.topology.RouterId;
import java.util.Objects;

/**
 * A request from the resource-request attendant: reserve {@code rateBps} of class {@code psc} for one
 * direction of a session between the user's ingress router and the egress router.
 */
public record ResourceRequest(SessionId session, Direction direction, Psc psc, RouterId ingressRouter,
        RouterId egressRouter, long rateBps) {
    public ResourceRequest {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(psc, "psc");
        Objects.requireNonNull(ingressRouter, "ingressRouter");
        Objects.requireNonNull(egressRouter, "egressRouter");
        if (rateBps < 0) {
            throw new IllegalArgumentException(session + ": negative rate " + rateBps);
        }
    }

    /** Where the LSP starts: the IR uplink, the ER downlink. */
    public RouterId lspIngress() {
        return direction == Direction.UPLINK ? ingressRouter : egressRouter;
    }

    /** Where the LSP ends (its FEC's egress). */
    public RouterId lspEgress() {
        return direction == Direction.UPLINK ? egressRouter : ingressRouter;
    }
}
