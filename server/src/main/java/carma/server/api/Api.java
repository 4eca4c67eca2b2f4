package carma.server.api;

import carma.scenario.yaml.ScenarioException;
import carma.server.auth.PasswordHasher;
import carma.server.auth.SessionStore;
import carma.server.db.Database;
import carma.server.db.DatabaseException;
import carma.server.ledger.LedgerStore;
import carma.server.run.RunManager;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP API and the pages. Every failure is answered as {@link ErrorBody} JSON with 400, 401, 403,
 * 404, 409, 422 (or 500 with no detail; the cause goes to the server's log, never to the client).
 */
public final class Api {
    private static final Logger LOG = LoggerFactory.getLogger(Api.class);
    private static final String HANDLED = "carma.error.handled";
    private final Database db;
    private final LedgerStore ledger;
    private final RunManager runs;
    private final PasswordHasher hasher;
    private final SessionStore sessions;
    private final ObjectMapper mapper = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    private RouteTable routes;

    public Api(Database db, LedgerStore ledger, RunManager runs, PasswordHasher hasher, SecureRandom random) {
        this.db = db;
        this.ledger = ledger;
        this.runs = runs;
        this.hasher = hasher;
        this.sessions = new SessionStore(db, random);
    }

    public Javalin create() {
        Javalin app = Javalin.create(cfg -> {
            cfg.showJavalinBanner = false;
            cfg.startupWatcherEnabled = false;
            cfg.jsonMapper(new JavalinJackson(mapper, false));
            cfg.http.maxRequestSize = 2_000_000L;
            cfg.staticFiles.add(sf -> {
                sf.hostedPath = "/";
                sf.directory = "/web";
                sf.location = Location.CLASSPATH;
            });
        });
        routes = new RouteTable(app);
        Auth auth = new Auth(sessions);
        new SessionRoutes(db, sessions, auth, mapper).register(routes);
        new RunRoutes(runs, auth).register(routes, app);
        new UserRoutes(db, auth, mapper, hasher, ledger).register(routes);
        new LedgerRoutes(db, auth, mapper, ledger).register(routes);
        new OptimizeRoutes(auth).register(routes);
        String openapi = resource("/openapi.json");
        routes.get("/api/openapi.json", ctx -> ctx.contentType("application/json").result(openapi));
        errors(app);
        return app;
    }

    /** The routes registered (for the OpenAPI test). */
    public List<RouteTable.Route> routes() {
        return routes.routes();
    }

    private void errors(Javalin app) {
        app.exception(ApiException.class, (e, ctx) -> answer(ctx, e.status(), e.getMessage(), e.problems()));
        app.exception(ScenarioException.class, (e, ctx) -> {
            List<Object> problems = new ArrayList<>();
            for (ScenarioException p : e.problems()) {
                problems.add(Map.of("path", p.path(), "line", p.line(), "problem", p.problem()));
            }
            answer(ctx, 422, "the scenario has " + problems.size() + " problem(s)", problems);
        });
        app.exception(IllegalStateException.class, (e, ctx) -> answer(ctx, 409, e.getMessage(), List.of()));
        app.exception(NoSuchElementException.class, (e, ctx) -> answer(ctx, 404, e.getMessage(), List.of()));
        app.exception(DatabaseException.class, (e, ctx) -> {
            LOG.warn("database failure on {} {}", ctx.method(), ctx.path(), e);
            answer(ctx, 503, "the database failed; try again", List.of());
        });
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("unexpected failure on {} {}", ctx.method(), ctx.path(), e);
            answer(ctx, 500, "internal error (see the server's log)", List.of());
        });
        app.error(404, ctx -> {
            if (ctx.attribute(HANDLED) == null) {
                answer(ctx, 404, "no such endpoint or page", List.of());
            }
        });
        app.error(405, ctx -> {
            if (ctx.attribute(HANDLED) == null) {
                answer(ctx, 405, "method not allowed", List.of());
            }
        });
        app.error(413, ctx -> {
            if (ctx.attribute(HANDLED) == null) {
                answer(ctx, 413, "the body is too large", List.of());
            }
        });
    }

    private static void answer(Context ctx, int status, String message, List<Object> problems) {
        ctx.attribute(HANDLED, Boolean.TRUE);
        ctx.status(status).json(new ErrorBody(message == null ? "" : message, ctx.path(), problems));
    }

    private static String resource(String name) {
        try (InputStream in = Api.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
