package carma.server.ledger;

import carma.mesh.denarii.EntryKind;

/** Why a transaction moved Denarii: the API's two kinds, and the mesh's kinds of a run's ledger. */
public enum TransactionKind {
    GRANT("grant"),
    TRANSFER("transfer"),
    PAYMENT("payment"),
    EARNING("earning"),
    ACCESS_FEE("access-fee"),
    REFUND("refund");

    private final String word;

    TransactionKind(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    public static TransactionKind ofWord(String word) {
        for (TransactionKind k : values()) {
            if (k.word.equals(word)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown transaction kind '" + word + "'");
    }

    /** The kind of a mesh ledger row. */
    public static TransactionKind of(EntryKind kind) {
        return switch (kind) {
            case GRANT -> GRANT;
            case PAYMENT -> PAYMENT;
            case EARNING -> EARNING;
            case ACCESS_FEE -> ACCESS_FEE;
            case REFUND -> REFUND;
        };
    }
}
