package carma.mesh.net;

import carma.mesh.mac.FramePayload;
import carma.mesh.node.NodeId;

/**
 * An IP packet in the emulated network.
 *
 * @param uid unique in the run (ledger settlement and tracing)
 * @param seq sequence number within the flow (transport segment number, ping id)
 * @param ackSeq cumulative acknowledgement (transport ACKs), echoed ping id, or 0
 * @param createdNs when the source created it (one-way delay, expiry)
 * @param viaGateway downlink: the mesh gateway whose NAT binding the packet is addressed to (-1 none)
 * @param exitGateway uplink: the gateway where it left the mesh (set there; -1 before)
 */
public record Packet(long uid, FlowId flow, PacketKind kind, long seq, long ackSeq, NodeId src, NodeId dst,
        int sizeBytes, long createdNs, int viaGateway, int exitGateway) implements FramePayload {
    public Packet {
        if (sizeBytes <= 0) {
            throw new IllegalArgumentException("packet size must be positive: " + sizeBytes);
        }
    }

    public Packet withViaGateway(int gateway) {
        return new Packet(uid, flow, kind, seq, ackSeq, src, dst, sizeBytes, createdNs, gateway, exitGateway);
    }

    public Packet withExitGateway(int gateway) {
        return new Packet(uid, flow, kind, seq, ackSeq, src, dst, sizeBytes, createdNs, viaGateway, gateway);
    }
}
