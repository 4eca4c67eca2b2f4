package carma.mesh.net;

/** How the Internet side maps a flow to a gateway's NAT. */
public enum NatBinding {
    /** Every request creates its own mapping (ICMP echo): replies go back the way the request came. */
    PER_PACKET,
    /** The session is bound to the gateway of its first packet; other gateways' packets are dropped. */
    SESSION
}
