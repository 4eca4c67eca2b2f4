package carma.mesh.net;

/** Why a packet left the network without being delivered. */
public enum DropReason {
    QUEUE_FULL,
    NO_ROUTE,
    MAC_RETRY_LIMIT,
    EXPIRED,
    /** Soft admission discarded it at the ingress (degraded inelastic flow). */
    ADMISSION,
    /** The Internet side has no NAT mapping for the gateway it came through (session broken). */
    NAT_MISMATCH,
    /** Still in flight when the run ended. */
    RUN_END
}
