package carma.server.auth;

import carma.server.account.Role;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** Roles and password hashes of the accounts that may log in. */
public final class CredentialStore {
    private CredentialStore() {}

    public static void put(Connection c, String account, Role role, PasswordHasher.Hash h) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO credentials (account, role, algorithm,"
                + " iterations, salt, hash) VALUES (?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, account);
            ps.setString(2, role.word());
            ps.setString(3, h.algorithm());
            ps.setInt(4, h.iterations());
            ps.setString(5, h.saltBase64());
            ps.setString(6, h.hashBase64());
            ps.executeUpdate();
        }
    }

    /** A login's role and stored hash. */
    public record Credential(String account, Role role, PasswordHasher.Hash hash) {}

    public static Optional<Credential> find(Connection c, String account) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT role, algorithm, iterations, salt, hash FROM credentials WHERE account = ?")) {
            ps.setString(1, account);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Role role = Role.ofWord(rs.getString(1)).orElseThrow();
                return Optional.of(new Credential(account, role,
                        new PasswordHasher.Hash(rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5))));
            }
        }
    }

    public static boolean anyOperator(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM credentials WHERE role = 'operator'");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1) > 0;
        }
    }
}
