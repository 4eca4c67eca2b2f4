package carma.cli;

import carma.server.Serve;
import carma.server.ServerConfig;
import carma.server.auth.PasswordHasher;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code carma serve}: the REST API, the dashboard and the user's page, with users, profiles and
 * the Denarii ledger in a database (server/README.md). Stops on SIGINT/SIGTERM; running emulations
 * then write all their outputs.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the API (/api, /api/openapi.json) and the pages; runs emulations in this process.",
            "The first start creates the operator 'admin' with the password of CARMA_ADMIN_PASSWORD,",
            "or prints a generated one once."})
public final class ServeCommand implements Callable<Integer> {
    @Option(names = "--bind", defaultValue = "127.0.0.1", paramLabel = "HOST",
            description = "address to listen on (default: ${DEFAULT-VALUE}, loopback only)")
    String bind;

    @Option(names = "--port", defaultValue = "8080", description = "TCP port (default: ${DEFAULT-VALUE}; 0 = any free)")
    int port;

    @Option(names = "--db", paramLabel = "JDBC-URL",
            description = "database, e.g. jdbc:postgresql://127.0.0.1:5432/carma?user=carma&password=...;"
                    + " default: embedded H2 in --data")
    String db;

    @Option(names = "--data", defaultValue = "carma-data", paramLabel = "DIR",
            description = "H2 database and run outputs (default: ${DEFAULT-VALUE})")
    Path data;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65_535) {
            throw new UsageError("--port must be in [0, 65535], got " + port);
        }
        if (db != null && !db.startsWith("jdbc:postgresql:") && !db.startsWith("jdbc:h2:")) {
            throw new UsageError("--db must be a jdbc:postgresql: or jdbc:h2: URL, got " + db);
        }
        Serve.serve(new ServerConfig(bind, port, db, data, System.getenv("CARMA_ADMIN_PASSWORD"),
                PasswordHasher.DEFAULT_ITERATIONS, System.out));
        return ExitCodes.OK;
    }
}
