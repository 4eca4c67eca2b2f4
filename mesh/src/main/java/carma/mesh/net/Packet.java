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
 * @param viaAp downlink: the public AP that gateway was associated with when the binding was made;
 *     together they are the public address (a node behind another AP has another address)
 * @param exitGateway uplink: the gateway where it left the mesh (set there; -1 before)
 * @param exitAp uplink: the AP it left through
 */
public record Packet(long uid, FlowId flow, PacketKind kind, long seq, long ackSeq, NodeId src, NodeId dst,
        int sizeBytes, long createdNs, int viaGateway, int viaAp, int exitGateway, int exitAp) implements FramePayload {
    public Packet {
        if (sizeBytes <= 0) {
            throw new IllegalArgumentException("packet size must be positive: " + sizeBytes);
        }
    }

    public Packet withVia(int gateway, int ap) {
        return new Packet(uid, flow, kind, seq, ackSeq, src, dst, sizeBytes, createdNs, gateway, ap, exitGateway, exitAp);
    }

    public Packet withExit(int gateway, int ap) {
        return new Packet(uid, flow, kind, seq, ackSeq, src, dst, sizeBytes, createdNs, viaGateway, viaAp, gateway, ap);
    }

    /** The public address (gateway, AP) as one number, or -1. */
    public static long address(int gateway, int ap) {
        return gateway < 0 || ap < 0 ? -1 : ((long) gateway << 32) | ap;
    }
}
