package carma.server.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;

/**
 * The server's database: embedded H2 in a data folder by default, PostgreSQL when given a
 * {@code jdbc:postgresql:} URL. The schema comes from Flyway migrations
 * ({@code db/migration}, plus {@code db/vendor/postgresql} on PostgreSQL). Connections come from a
 * small fixed pool; {@link #inTransaction} runs work in one serializable-enough transaction
 * (read committed plus row locks, see {@link carma.server.ledger.LedgerStore}).
 */
public final class Database implements AutoCloseable {
    /** Connections kept open; the HTTP server's worker threads share them. */
    static final int POOL_SIZE = 8;
    private static final long WAIT_MS = 30_000;

    private final String url;
    private final Vendor vendor;
    private final Properties credentials;
    private final BlockingQueue<Connection> idle = new ArrayBlockingQueue<>(POOL_SIZE);
    private volatile boolean closed;

    /** The databases carma runs on. */
    public enum Vendor { H2, POSTGRESQL }

    private Database(String url, String user, String password) {
        this.url = url;
        this.vendor = url.startsWith("jdbc:postgresql:") ? Vendor.POSTGRESQL : Vendor.H2;
        if (!url.startsWith("jdbc:postgresql:") && !url.startsWith("jdbc:h2:")) {
            throw new IllegalArgumentException("--db must be a jdbc:postgresql: or jdbc:h2: URL, got " + url);
        }
        this.credentials = new Properties();
        if (user != null) {
            credentials.setProperty("user", user);
        }
        if (password != null) {
            credentials.setProperty("password", password);
        }
    }

    /**
     * Embedded H2 in {@code dataDir}/carma.mv.db. {@code WRITE_DELAY=0}: a commit reaches the file
     * before it is answered (H2's default delays it up to 500 ms, and LedgerUnderFaultsTest saw
     * answered transfers lost to a SIGKILL).
     */
    public static String h2Url(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("carma") + ";LOCK_TIMEOUT=20000;WRITE_DELAY=0";
    }

    /**
     * Opens the database and migrates it to the newest schema. User and password may be null
     * (H2, or a PostgreSQL URL that carries them as {@code ?user=..&password=..}).
     */
    public static Database open(String url, String user, String password) {
        Database db = new Database(url, user, password);
        Flyway.configure().dataSource(url, user, password).locations(db.migrationLocations())
                .loggers("slf4j").load().migrate();
        return db;
    }

    private String[] migrationLocations() {
        return switch (vendor) {
            case H2 -> new String[] {"classpath:db/migration"};
            case POSTGRESQL -> new String[] {"classpath:db/migration", "classpath:db/vendor/postgresql"};
        };
    }

    public Vendor vendor() {
        return vendor;
    }

    public String url() {
        return url;
    }

    /** Work on one connection inside one transaction: committed when it returns, rolled back if it throws. */
    public <T> T inTransaction(SqlWork<T> work) {
        Connection c = borrow();
        boolean broken = false;
        try {
            try {
                T result = work.apply(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(c);
                throw e;
            }
        } catch (SQLException e) {
            broken = !isValid(c);
            throw new DatabaseException(e);
        } finally {
            giveBack(c, broken);
        }
    }

    private Connection borrow() {
        if (closed) {
            throw new DatabaseException(new SQLException("the database is closed"));
        }
        Connection c = idle.poll();
        try {
            if (c != null) {
                return c;
            }
            synchronized (this) {
                if (opened < POOL_SIZE) {
                    opened++;
                    try {
                        return connect();
                    } catch (SQLException e) {
                        opened--;
                        throw e;
                    }
                }
            }
            c = idle.poll(WAIT_MS, TimeUnit.MILLISECONDS);
            if (c == null) {
                throw new SQLException("no database connection free after " + WAIT_MS + " ms");
            }
            return c;
        } catch (SQLException e) {
            throw new DatabaseException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DatabaseException(new SQLException("interrupted while waiting for a connection"));
        }
    }

    private int opened;

    private Connection connect() throws SQLException {
        Connection c = vendor == Vendor.H2 && credentials.isEmpty()
                ? DriverManager.getConnection(url) // H2: the 3-argument form with nulls throws an NPE
                : DriverManager.getConnection(url, credentials);
        c.setAutoCommit(false);
        c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        return c;
    }

    private void giveBack(Connection c, boolean broken) {
        if (broken || closed) {
            closeQuietly(c);
            synchronized (this) {
                opened--;
            }
            return;
        }
        idle.offer(c);
    }

    private static boolean isValid(Connection c) {
        try {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    private static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // the connection is probably gone; giveBack checks it
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // closing anyway
        }
    }

    /** Closes every pooled connection (H2 then closes its file). */
    @Override
    public void close() {
        closed = true;
        List<Connection> all = new java.util.ArrayList<>();
        idle.drainTo(all);
        all.forEach(Database::closeQuietly);
    }
}
