package carma.mesh.net;

/** What a packet is for. */
public enum PacketKind {
    DATA,
    TRANSPORT_ACK,
    PING_REQUEST,
    PING_REPLY,
    /** CNAPT/SNAPT tunnel re-attachment after a gateway change (and its answer). */
    RELAY_CONTROL
}
