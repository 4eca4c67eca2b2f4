package carma.corenet.mpls;

/** What an ingress LER does with a packet whose FEC has no LSP (never set up, or released). */
public enum NoLspPolicy {
    /** Forward it unlabelled along the hop-count IP route (best effort over the shortest path). */
    IP_ROUTE,
    /** Drop it (fate DROPPED_NO_LSP). */
    DROP
}
