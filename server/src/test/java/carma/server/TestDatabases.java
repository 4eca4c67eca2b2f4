package carma.server;

import carma.server.db.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Assumptions;

/**
 * The databases every persistence and API test runs on: a fresh embedded H2 in a temporary folder,
 * and a fresh schema of the PostgreSQL at {@code CARMA_TEST_PG_URL} (default: the role and database
 * that {@code .ci/run} creates). PostgreSQL tests are skipped, with the reason printed, when no server
 * answers there (unless {@code CARMA_REQUIRE_PG=true}, as in CI: then they fail).
 */
public final class TestDatabases {
    public static final String DEFAULT_PG_URL = "jdbc:postgresql://127.0.0.1:5432/carma_test?user=carma&password=carma";
    private static final AtomicLong SCHEMAS = new AtomicLong();
    private static volatile String pgProblem;
    private static volatile boolean pgChecked;

    private TestDatabases() {}

    /** The two kinds, as JUnit argument names. */
    public static List<String> kinds() {
        return List.of("h2", "postgresql");
    }

    /** A fresh database of {@code kind} (migrated); skips the test when PostgreSQL is unreachable. */
    public static String freshUrl(String kind) throws Exception {
        if (kind.equals("h2")) {
            Path dir = Files.createTempDirectory("carma-h2-");
            return Database.h2Url(dir);
        }
        String problem = pgProblem();
        if (problem != null && "true".equals(System.getenv("CARMA_REQUIRE_PG"))) {
            throw new IllegalStateException("CARMA_REQUIRE_PG=true but PostgreSQL is not reachable: " + problem);
        }
        if (problem != null) {
            System.out.println("SKIPPED (PostgreSQL): " + problem);
        }
        Assumptions.assumeTrue(problem == null, () -> "PostgreSQL not reachable: " + problem);
        String schema = "t" + ProcessHandle.current().pid() + "_" + SCHEMAS.incrementAndGet();
        try (Connection c = DriverManager.getConnection(pgUrl()); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            s.execute("CREATE SCHEMA " + schema);
        }
        return pgUrl() + "&currentSchema=" + schema;
    }

    public static Database open(String kind) throws Exception {
        return Database.open(freshUrl(kind), null, null);
    }

    public static String pgUrl() {
        String env = System.getenv("CARMA_TEST_PG_URL");
        return env == null || env.isBlank() ? DEFAULT_PG_URL : env;
    }

    /** Null when PostgreSQL answers, otherwise why not. */
    public static synchronized String pgProblem() {
        if (!pgChecked) {
            pgChecked = true;
            try (Connection c = DriverManager.getConnection(pgUrl() + "&connectTimeout=3")) {
                pgProblem = c.isValid(3) ? null : "connection not valid";
            } catch (SQLException e) {
                pgProblem = e.getMessage() + " (url " + pgUrl().replaceAll("password=[^&]*", "password=***")
                        + "; set CARMA_TEST_PG_URL)";
            }
        }
        return pgProblem;
    }

}
