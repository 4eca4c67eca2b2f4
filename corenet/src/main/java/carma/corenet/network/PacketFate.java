package carma.corenet.network;

/** How a packet left the core. */
public enum PacketFate {
    /** Reached its destination router. */
    DELIVERED,
    /** Dropped early by (W)RED at an egress port. */
    DROPPED_RED,
    /** Dropped by the edge policer (out-of-profile EF). */
    DROPPED_POLICER,
    /** Tail-dropped: its class queue was full. */
    DROPPED_BUFFER,
    /** Labelled with no table entry, or no LSP for its FEC where the policy says drop. */
    DROPPED_NO_LSP,
    /** No IP route to its destination. */
    DROPPED_NO_ROUTE
}
