package carma.corenet.topology;

/** The role of a router in the AROMA core (seed 001 §6.1): label edge routers IR/ER, label switch routers CR. */
public enum RouterKind {
    /** Ingress router: a RAN's edge (LER, AR mobility agent). */
    INGRESS("IR"),
    /** Egress router: the application servers' edge (LER, ANP). */
    EGRESS("ER"),
    /** Core router (LSR, BB agent). */
    CORE("CR");

    private final String prefix;

    RouterKind(String prefix) {
        this.prefix = prefix;
    }

    /** The name prefix used in the paper and in traces: IR, ER, CR. */
    public String prefix() {
        return prefix;
    }
}
