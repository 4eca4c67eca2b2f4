package carma.corenet.diffserv;

/**
 * PHB scheduling classes (RFC 3270): one queue per class at every managed egress port, in priority
 * order. An L-LSP carries exactly one of them.
 */
public enum Psc {
    /** Expedited forwarding (RFC 3246): strict priority, policed at the edge. */
    EF,
    /** Assured forwarding class 4 (RFC 2597). */
    AF4,
    AF3,
    AF2,
    AF1,
    /** Default PHB (best effort). */
    DF
}
