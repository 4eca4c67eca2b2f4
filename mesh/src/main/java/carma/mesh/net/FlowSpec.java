package carma.mesh.net;

import carma.mesh.node.NodeId;
import java.util.Objects;

/**
 * One direction of an application session.
 *
 * @param session flows of one session (data and its ACKs) share the session number and NAT binding
 * @param payer the user account that pays for the flow's forwarding (the user who initiated it)
 * @param relayed carried by the CNAPT/SNAPT relay (survives gateway changes)
 */
public record FlowSpec(FlowId id, String name, int session, TrafficType type, NodeId src, NodeId dst, String payer,
        NatBinding binding, boolean relayed) {
    public FlowSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(payer, "payer");
        Objects.requireNonNull(binding, "binding");
    }
}
