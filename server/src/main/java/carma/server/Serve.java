package carma.server;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Runs a server until the JVM is told to stop (SIGINT, SIGTERM): then every running emulation stops
 * with all its outputs written, the HTTP server stops, and the database closes. The one line
 * {@code carma: serving http://HOST:PORT} says that it listens. {@link #main} takes the options of
 * {@code carma serve} ({@code --bind --port --db --data}), for a server in a process of its own
 * (tests, benchmarks).
 */
public final class Serve {
    private Serve() {}

    /** Blocks until the process is stopped. */
    public static void serve(ServerConfig cfg) throws IOException, InterruptedException {
        CarmaServer server = CarmaServer.start(cfg);
        CountDownLatch closed = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.err.println("carma: stopping; running emulations write their outputs...");
            server.close();
            closed.countDown();
        }, "carma-serve-stop"));
        cfg.out().println("carma: serving http://" + cfg.bindHost() + ":" + server.port());
        cfg.out().flush();
        closed.await();
    }

    public static void main(String[] args) throws Exception {
        String bind = "127.0.0.1";
        int port = 8080;
        String db = null;
        Path data = Path.of("carma-data");
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--bind" -> bind = args[i + 1];
                case "--port" -> port = Integer.parseInt(args[i + 1]);
                case "--db" -> db = args[i + 1];
                case "--data" -> data = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        serve(new ServerConfig(bind, port, db, data, System.getenv("CARMA_ADMIN_PASSWORD"),
                carma.server.auth.PasswordHasher.DEFAULT_ITERATIONS, System.out));
    }
}
