package carma.server.api;

import carma.scenario.ScenarioReader;
import carma.scenario.ScenarioSpec;
import carma.server.run.LiveFeed;
import carma.server.run.RunManager;
import carma.server.run.RunStatus;
import carma.server.run.SecondAggregate;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Runs (operators only): create from a scenario (YAML or JSON text), start, pause, resume, stop,
 * list, status, summary, and the live feed of per-second aggregates (server-sent events, event
 * {@code second}); plus {@code POST /api/validate} for any session.
 */
final class RunRoutes {
    /** Largest scenario the API takes (the runs table holds at most 1,000,000 characters). */
    static final int MAX_SCENARIO_CHARS = 1_000_000;
    private final RunManager runs;
    private final Auth auth;

    RunRoutes(RunManager runs, Auth auth) {
        this.runs = runs;
        this.auth = auth;
    }

    void register(RouteTable r, Javalin app) {
        r.post("/api/validate", this::validate);
        r.post("/api/runs", this::create);
        r.get("/api/runs", ctx -> {
            auth.operator(ctx);
            ctx.json(runs.list());
        });
        r.get("/api/runs/{id}", ctx -> {
            auth.operator(ctx);
            ctx.json(runs.status(id(ctx)).orElseThrow(() -> ApiException.notFound("no run " + id(ctx))));
        });
        r.get("/api/runs/{id}/summary", this::summary);
        r.get("/api/runs/{id}/topology", ctx -> {
            auth.operator(ctx);
            ctx.json(runs.topology(id(ctx)));
        });
        r.post("/api/runs/{id}/start", ctx -> control(ctx, runs::start));
        r.post("/api/runs/{id}/pause", ctx -> control(ctx, runs::pause));
        r.post("/api/runs/{id}/resume", ctx -> control(ctx, runs::resume));
        r.post("/api/runs/{id}/stop", ctx -> control(ctx, runs::stop));
        app.before("/api/runs/{id}/live", ctx -> {
            auth.operator(ctx);
            if (runs.feed(id(ctx)).isEmpty()) {
                throw ApiException.notFound("no live run " + id(ctx));
            }
        });
        app.sse("/api/runs/{id}/live", this::live);
        r.record("get", "/api/runs/{id}/live");
    }

    private static String scenarioText(Context ctx) {
        String text = ctx.body();
        if (text.length() > MAX_SCENARIO_CHARS) {
            throw ApiException.unprocessable("a scenario sent to the API has at most " + MAX_SCENARIO_CHARS
                    + " characters");
        }
        return text;
    }

    private void validate(Context ctx) {
        auth.session(ctx);
        ScenarioSpec spec = ScenarioReader.read(scenarioText(ctx));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("valid", true);
        out.put("name", spec.name());
        out.put("seed", spec.seed());
        out.put("durationS", spec.durationS());
        out.put("clock", spec.clock().mode().word());
        out.put("sections", spec.models().stream().map(m -> m.getClass().getSimpleName()).toList());
        ctx.json(out);
    }

    private void create(Context ctx) {
        String who = auth.operator(ctx).account();
        RunStatus s = runs.create(scenarioText(ctx), who);
        ctx.status(201).header("Location", "/api/runs/" + s.id()).json(s);
    }

    private void summary(Context ctx) {
        auth.operator(ctx);
        long id = id(ctx);
        String json = runs.summary(id).orElseThrow(() -> ApiException.conflict("run " + id
                + " has no summary yet: it is written when the run ends"));
        ctx.contentType("application/json").result(json);
    }

    private interface Control {
        RunStatus apply(long id) throws Exception;
    }

    private void control(Context ctx, Control c) throws Exception {
        auth.operator(ctx);
        ctx.json(c.apply(id(ctx)));
    }

    private void live(SseClient client) {
        long id = id(client.ctx());
        LiveFeed feed = runs.feed(id).orElseThrow();
        client.keepAlive();
        LiveFeed.Listener send = new LiveFeed.Listener() {
            @Override
            public void second(SecondAggregate a) {
                if (!client.terminated()) {
                    client.sendEvent("second", a);
                }
            }

            @Override
            public void end() {
                if (!client.terminated()) {
                    client.sendEvent("end", Map.of("runId", id));
                    client.close();
                }
            }
        };
        client.onClose(() -> feed.unsubscribe(send));
        feed.subscribe(send);
    }

    static long id(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw ApiException.notFound("no run '" + ctx.pathParam("id") + "' (run ids are integers)");
        }
    }
}
