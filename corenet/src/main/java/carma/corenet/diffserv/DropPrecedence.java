package carma.corenet.diffserv;

/** The drop precedence of an AF code point (RFC 2597): AFx1 low, AFx2 medium, AFx3 high. */
public enum DropPrecedence {
    LOW,
    MEDIUM,
    HIGH
}
