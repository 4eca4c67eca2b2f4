package carma.mesh.denarii;

/** Why Denarii moved. */
public enum EntryKind {
    /** Initial balance from the issuer. */
    GRANT,
    /** The paying user's Denarii go into escrow for the hop credits of its packets. */
    PAYMENT,
    /** Escrow pays a forwarder its recorded hop credits (backlog differentials). */
    EARNING,
    /** Escrow pays an Internet-sharing gateway its access fee. */
    ACCESS_FEE,
    /** Escrow returns to the payer the credits of packets that were dropped. */
    REFUND
}
