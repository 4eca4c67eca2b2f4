package carma.mesh.node;

/** What a node of the emulated network is. */
public enum NodeRole {
    /** A user's device or a sharing node running OLSR and DANUM (routes, forwards, may share Internet). */
    CARMNET,
    /**
     * Public WiFi access point with a wired Internet uplink; runs neither OLSR nor DANUM (the Lugano
     * integration, seed section IV approach 1): it serves only its associated stations, FIFO.
     */
    PUBLIC_AP,
    /** A host on the Internet, reached over the APs' wired uplinks (also the SNAPT relay site). */
    INTERNET_HOST
}
