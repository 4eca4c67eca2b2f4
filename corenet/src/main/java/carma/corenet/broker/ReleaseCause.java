package carma.corenet.broker;

/** Why a reservation is freed (seed 001 §7.1: the reservations DB follows sessions and mobility). */
public enum ReleaseCause {
    SESSION_END,
    SESSION_DROP,
    HANDOVER
}
