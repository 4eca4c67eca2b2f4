package carma.server.ledger;

/** A transaction the ledger refused; nothing was written. */
public final class LedgerException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why; the API maps each to a status. */
    public enum Reason {
        /** An account of the transaction does not exist (404). */
        UNKNOWN_ACCOUNT,
        /** The transaction is malformed: legs do not sum to zero, a zero amount, a bad key (422). */
        INVALID,
        /** A debited account would go below zero (409). */
        INSUFFICIENT_FUNDS,
        /** The idempotency key already recorded a different transaction (409). */
        KEY_REUSED
    }

    private final Reason reason;

    public LedgerException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
