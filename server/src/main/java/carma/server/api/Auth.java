package carma.server.api;

import carma.server.auth.Session;
import carma.server.auth.SessionStore;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Who sends a request, and what they may do. A session comes either from
 * {@code Authorization: Bearer TOKEN} or from the {@code carma_session} cookie (HttpOnly,
 * SameSite=Strict). A mutation sent with the cookie must also carry the session's CSRF token in
 * {@code X-CSRF-Token}, so another site cannot mutate even where a browser would send the cookie;
 * a bearer token is never sent by a browser on its own, so it needs none.
 */
public final class Auth {
    public static final String COOKIE = "carma_session";
    public static final String CSRF_HEADER = "X-CSRF-Token";
    private static final String ATTRIBUTE = "carma.session";
    private final SessionStore sessions;

    public Auth(SessionStore sessions) {
        this.sessions = sessions;
    }

    /** The request's session, or 401. Checks the CSRF token of cookie-borne mutations (403). */
    public Session session(Context ctx) {
        Session cached = ctx.attribute(ATTRIBUTE);
        if (cached != null) {
            return cached;
        }
        String header = ctx.header("Authorization");
        boolean bearer = header != null && header.startsWith("Bearer ");
        String token = bearer ? header.substring(7).trim() : ctx.cookie(COOKIE);
        Session s = sessions.find(token).orElseThrow(ApiException::unauthorized);
        if (!bearer && mutates(ctx.method()) && !sameToken(ctx.header(CSRF_HEADER), s.csrfToken())) {
            throw ApiException.forbidden("a request with the session cookie that changes something needs the header "
                    + CSRF_HEADER + " (the csrfToken of the login answer)");
        }
        ctx.attribute(ATTRIBUTE, s);
        return s;
    }

    /** The token the request carries (bearer or cookie), if any. */
    public static Optional<String> token(Context ctx) {
        String header = ctx.header("Authorization");
        if (header != null && header.startsWith("Bearer ")) {
            return Optional.of(header.substring(7).trim());
        }
        return Optional.ofNullable(ctx.cookie(COOKIE));
    }

    public Session operator(Context ctx) {
        Session s = session(ctx);
        if (!s.isOperator()) {
            throw ApiException.forbidden("only an operator may do this");
        }
        return s;
    }

    /** An operator, or the user {@code account} itself. */
    public Session selfOrOperator(Context ctx, String account) {
        Session s = session(ctx);
        if (!s.isOperator() && !s.account().equals(account)) {
            throw ApiException.forbidden("a user sees and changes only their own account");
        }
        return s;
    }

    private static boolean mutates(HandlerType t) {
        return t == HandlerType.POST || t == HandlerType.PUT || t == HandlerType.DELETE || t == HandlerType.PATCH;
    }

    private static boolean sameToken(String given, String expected) {
        return given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8));
    }
}
