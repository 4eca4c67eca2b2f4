package carma.server;

import carma.server.account.AccountKind;
import carma.server.account.AccountStore;
import carma.server.account.Role;
import carma.server.api.Api;
import carma.server.auth.CredentialStore;
import carma.server.auth.PasswordHasher;
import carma.server.db.Database;
import carma.server.ledger.LedgerStore;
import carma.server.run.RunManager;
import io.javalin.Javalin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * One {@code carma serve} process: the database (migrated), the first operator, the run manager and
 * the HTTP server. {@link #close()} stops every running emulation (each writes all its outputs, as
 * {@code carma run} does), then the HTTP server, then the database.
 */
public final class CarmaServer implements AutoCloseable {
    /** The first operator's name. */
    public static final String ADMIN = "admin";
    private final Database db;
    private final RunManager runs;
    private final Javalin app;
    private final Api api;

    private CarmaServer(Database db, RunManager runs, Javalin app, Api api) {
        this.db = db;
        this.runs = runs;
        this.app = app;
        this.api = api;
    }

    public static CarmaServer start(ServerConfig cfg) throws java.io.IOException {
        Path data = cfg.dataDir().toAbsolutePath();
        Files.createDirectories(data);
        String url = cfg.dbUrl() == null ? Database.h2Url(data) : cfg.dbUrl();
        Database db = Database.open(url, null, null);
        try {
            SecureRandom random = new SecureRandom();
            PasswordHasher hasher = new PasswordHasher(random, cfg.pbkdf2Iterations());
            bootstrap(db, hasher, cfg, random);
            LedgerStore ledger = new LedgerStore(db);
            RunManager runs = new RunManager(db, ledger, data);
            Api api = new Api(db, ledger, runs, hasher, random);
            Javalin app = api.create();
            app.start(cfg.bindHost(), cfg.port());
            return new CarmaServer(db, runs, app, api);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** Creates the issuer and, on the first start, the operator {@value #ADMIN}. */
    private static void bootstrap(Database db, PasswordHasher hasher, ServerConfig cfg, SecureRandom random) {
        db.inTransaction(c -> {
            AccountStore.ensureIssuer(c);
            if (CredentialStore.anyOperator(c)) {
                return null;
            }
            String password = cfg.adminPassword();
            boolean generated = password == null || password.isEmpty();
            if (generated) {
                byte[] b = new byte[18];
                random.nextBytes(b);
                password = Base64.getUrlEncoder().withoutPadding().encodeToString(b);
            }
            AccountStore.create(c, ADMIN, AccountKind.USER);
            CredentialStore.put(c, ADMIN, Role.OPERATOR, hasher.hash(password.toCharArray()));
            cfg.out().println(generated
                    ? "carma: created operator '" + ADMIN + "' with password " + password + " (shown once)"
                    : "carma: created operator '" + ADMIN + "' with the password of CARMA_ADMIN_PASSWORD");
            return null;
        });
    }

    public int port() {
        return app.port();
    }

    public Database database() {
        return db;
    }

    public Api api() {
        return api;
    }

    /** Stops running emulations (all outputs written), then the HTTP server and the database. */
    @Override
    public void close() {
        try {
            runs.stopAll();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            app.stop();
            db.close();
        }
    }
}
