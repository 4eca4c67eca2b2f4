package carma.server.account;

import carma.server.db.Timestamps;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.regex.Pattern;

/** Accounts in the database; every method works inside the caller's transaction. */
public final class AccountStore {
    /** The issuer of Denarii: the only account whose balance may go below zero. */
    public static final String ISSUER = "issuer";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,47}");

    private AccountStore() {}

    /** Why {@code name} cannot name a user or sharing node, or empty when it can. */
    public static Optional<String> nameProblem(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            return Optional.of("a name has 1 to 48 characters: letters, digits, '.', '_' or '-', starting with"
                    + " a letter or digit");
        }
        return Optional.empty();
    }

    /** Creates the account; false when the name is taken. */
    public static boolean create(Connection c, String name, AccountKind kind) throws SQLException {
        if (find(c, name).isPresent()) {
            return false;
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO accounts (name, kind, balance_minor, created_at) VALUES (?, ?, 0, ?)")) {
            ps.setString(1, name);
            ps.setString(2, kind.word());
            ps.setTimestamp(3, Timestamps.now());
            ps.executeUpdate();
        }
        return true;
    }

    public static Optional<Account> find(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT name, kind, balance_minor FROM accounts WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next()
                        ? Optional.of(new Account(rs.getString(1), AccountKind.ofWord(rs.getString(2)), rs.getLong(3)))
                        : Optional.empty();
            }
        }
    }

    /** Creates the issuer if missing (first start). */
    public static void ensureIssuer(Connection c) throws SQLException {
        if (find(c, ISSUER).isEmpty()) {
            create(c, ISSUER, AccountKind.ISSUER);
        }
    }
}
