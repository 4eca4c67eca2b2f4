package carma.server.account;

/** Who holds an account; the word is what the database and the API store. */
public enum AccountKind {
    USER("user"),
    SHARING_NODE("sharing-node"),
    ISSUER("issuer"),
    /** An account of a mesh run started from the server ({@code run<id>:<account>}). */
    RUN_ACCOUNT("run-account");

    private final String word;

    AccountKind(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    public static AccountKind ofWord(String word) {
        for (AccountKind k : values()) {
            if (k.word.equals(word)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown account kind '" + word + "'");
    }
}
