package carma.server;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * How {@code carma serve} runs.
 *
 * @param bindHost address to listen on (loopback unless told otherwise)
 * @param port TCP port; 0 picks a free one
 * @param dbUrl JDBC URL, or null for embedded H2 in {@code dataDir}
 * @param dataDir the H2 file and the runs' output folders
 * @param adminPassword the first operator's password, or null to generate one (printed once)
 * @param pbkdf2Iterations password hashing cost of new credentials
 * @param out where the server prints its few lines
 */
public record ServerConfig(String bindHost, int port, String dbUrl, Path dataDir, String adminPassword,
        int pbkdf2Iterations, PrintStream out) {
    public ServerConfig {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("--port must be in [0, 65535], got " + port);
        }
    }
}
