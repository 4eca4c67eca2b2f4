package carma.mesh.danum;

/** Soft-admission state of an inelastic flow. */
public enum AdmissionState {
    /** Served in full. */
    ADMITTED,
    /** Early discard at the ingress with the flow's discard probability. */
    DEGRADED,
    /** Refused: every packet is discarded at the ingress. */
    REFUSED
}
