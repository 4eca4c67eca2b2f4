package carma.server.account;

/** What a logged-in account may do: operators run emulations and move Denarii; users see their own. */
public enum Role {
    OPERATOR("operator"),
    USER("user");

    private final String word;

    Role(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    /** The role named {@code word}, or empty when no role has that name. */
    public static java.util.Optional<Role> ofWord(String word) {
        for (Role r : values()) {
            if (r.word.equals(word)) {
                return java.util.Optional.of(r);
            }
        }
        return java.util.Optional.empty();
    }
}
