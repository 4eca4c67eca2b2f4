package carma.server.api;

import carma.server.auth.CredentialStore;
import carma.server.auth.PasswordHasher;
import carma.server.auth.SessionStore;
import carma.server.db.Database;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Health, login and logout. */
final class SessionRoutes {
    private final Database db;
    private final SessionStore sessions;
    private final Auth auth;
    private final ObjectMapper mapper;
    private final Instant started = Instant.now();

    SessionRoutes(Database db, SessionStore sessions, Auth auth, ObjectMapper mapper) {
        this.db = db;
        this.sessions = sessions;
        this.auth = auth;
        this.mapper = mapper;
    }

    void register(RouteTable r) {
        r.get("/api/health", this::health);
        r.post("/api/login", this::login);
        r.post("/api/logout", this::logout);
    }

    private void health(Context ctx) {
        ctx.json(Map.of("status", "ok", "database", db.vendor().name().toLowerCase(java.util.Locale.ROOT),
                "startedAt", started.toString()));
    }

    private void login(Context ctx) {
        JsonBody b = JsonBody.of(ctx, mapper).only(Set.of("name", "password"));
        String name = b.text("name");
        String password = b.text("password");
        Optional<CredentialStore.Credential> cred = db.inTransaction(c -> CredentialStore.find(c, name));
        if (cred.isEmpty() || !PasswordHasher.matches(password.toCharArray(), cred.get().hash())) {
            throw new ApiException(401, "unknown name or wrong password");
        }
        SessionStore.Issued s = sessions.open(cred.get());
        ctx.cookie(new Cookie(Auth.COOKIE, s.token(), "/", (int) SessionStore.LIFETIME.toSeconds(), false, 0, true,
                null, null, SameSite.STRICT));
        ctx.json(Map.of("account", name, "role", s.session().role().word(), "token", s.token(),
                "csrfToken", s.session().csrfToken()));
    }

    private void logout(Context ctx) {
        auth.session(ctx);
        Auth.token(ctx).ifPresent(sessions::close);
        ctx.removeCookie(Auth.COOKIE, "/");
        ctx.status(204);
    }
}
