package carma.server.auth;

import carma.server.db.Database;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Sessions in the database, so that a restart does not log everyone out. A token is 32 random
 * bytes (base64url); only its SHA-256 is stored. Sessions expire after {@link #LIFETIME}.
 */
public final class SessionStore {
    public static final Duration LIFETIME = Duration.ofHours(12);
    private final Database db;
    private final SecureRandom random;

    public SessionStore(Database db, SecureRandom random) {
        this.db = db;
        this.random = random;
    }

    /** A new session: the token to hand out, and the session it stands for. */
    public record Issued(String token, Session session) {}

    public Issued open(CredentialStore.Credential who) {
        String token = randomToken();
        String csrf = randomToken();
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO sessions (token_sha256, account, csrf_token, expires_at) VALUES (?, ?, ?, ?)")) {
                ps.setString(1, sha256(token));
                ps.setString(2, who.account());
                ps.setString(3, csrf);
                ps.setTimestamp(4, Timestamp.from(Instant.now().plus(LIFETIME)));
                return ps.executeUpdate();
            }
        });
        return new Issued(token, new Session(who.account(), who.role(), csrf));
    }

    public Optional<Session> find(String token) {
        if (token == null || token.isEmpty() || token.length() > 100) {
            return Optional.empty();
        }
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT s.account, r.role, s.csrf_token, s.expires_at"
                    + " FROM sessions s JOIN credentials r ON r.account = s.account WHERE s.token_sha256 = ?")) {
                ps.setString(1, sha256(token));
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next() || rs.getTimestamp(4).toInstant().isBefore(Instant.now())) {
                        return Optional.empty();
                    }
                    return Optional.of(new Session(rs.getString(1),
                            carma.server.account.Role.ofWord(rs.getString(2)).orElseThrow(), rs.getString(3)));
                }
            }
        });
    }

    public void close(String token) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM sessions WHERE token_sha256 = ?")) {
                ps.setString(1, sha256(token));
                return ps.executeUpdate();
            }
        });
    }

    private String randomToken() {
        byte[] b = new byte[32];
        random.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
