package carma.server.auth;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Salted, slow password hashes: PBKDF2-HMAC-SHA512 with a 16-byte random salt and, by default,
 * 210,000 iterations (OWASP's 2023 figure for this PRF). Algorithm and iteration count are stored
 * with each hash, so raising the default later does not break old credentials.
 */
public final class PasswordHasher {
    public static final String ALGORITHM = "PBKDF2WithHmacSHA512";
    public static final int DEFAULT_ITERATIONS = 210_000;
    private static final int KEY_BITS = 512;
    private final SecureRandom random;
    private final int iterations;

    public PasswordHasher(SecureRandom random, int iterations) {
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be positive");
        }
        this.random = random;
        this.iterations = iterations;
    }

    /** A stored hash: algorithm, iterations, salt and hash (both base64). */
    public record Hash(String algorithm, int iterations, String saltBase64, String hashBase64) {}

    public Hash hash(char[] password) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        return new Hash(ALGORITHM, iterations, Base64.getEncoder().encodeToString(salt),
                Base64.getEncoder().encodeToString(derive(password, salt, iterations, ALGORITHM)));
    }

    /** Constant-time comparison of a candidate password with a stored hash. */
    public static boolean matches(char[] password, Hash stored) {
        byte[] salt = Base64.getDecoder().decode(stored.saltBase64());
        byte[] expected = Base64.getDecoder().decode(stored.hashBase64());
        return MessageDigest.isEqual(expected, derive(password, salt, stored.iterations(), stored.algorithm()));
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations, String algorithm) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, KEY_BITS);
        try {
            return SecretKeyFactory.getInstance(algorithm).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no " + algorithm, e);
        } finally {
            spec.clearPassword();
        }
    }
}
