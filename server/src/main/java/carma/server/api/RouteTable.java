package carma.server.api;

import io.javalin.Javalin;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.List;

/** Registers routes and remembers them, so a test can hold the OpenAPI document to the real routes. */
public final class RouteTable {
    /** One route: method and path in OpenAPI form ({@code /api/runs/{id}}). */
    public record Route(String method, String path) {}

    private final Javalin app;
    private final List<Route> routes = new ArrayList<>();

    RouteTable(Javalin app) {
        this.app = app;
    }

    void add(HandlerType method, String path, Handler handler) {
        app.addHttpHandler(method, path, handler);
        routes.add(new Route(method.name().toLowerCase(java.util.Locale.ROOT), path));
    }

    void get(String path, Handler h) {
        add(HandlerType.GET, path, h);
    }

    void post(String path, Handler h) {
        add(HandlerType.POST, path, h);
    }

    void put(String path, Handler h) {
        add(HandlerType.PUT, path, h);
    }

    /** A route whose handler Javalin registers itself (server-sent events). */
    void record(String method, String path) {
        routes.add(new Route(method, path));
    }

    public List<Route> routes() {
        return List.copyOf(routes);
    }
}
