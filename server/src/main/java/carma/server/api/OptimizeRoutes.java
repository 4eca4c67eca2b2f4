package carma.server.api;

import carma.optimization.heuristic.MaxMinFairHeuristicAssociation;
import carma.optimization.instance.FairMeshInstance;
import carma.optimization.instance.InvalidInstanceException;
import carma.optimization.io.InstanceJsonReader;
import carma.optimization.io.ResultJsonWriter;
import carma.optimization.milp.MaxMinFairMilpAssociation;
import carma.optimization.milp.MilpOptions;
import carma.optimization.milp.MilpSolverBackend;
import carma.optimization.rssi.StrongestSignalAssociation;
import carma.optimization.solution.FairMeshAssociation;
import io.javalin.http.Context;

/**
 * {@code POST /api/optimize?method=heuristic|rssi|exact[&timeLimitS=S]}: a fair-mesh instance
 * (either flavour of {@code docs/fair-mesh-instance.schema.json}) in, the result JSON of
 * {@code carma optimize --json} out. Any session may call it.
 */
final class OptimizeRoutes {
    static final double MAX_TIME_LIMIT_S = 60;
    private final Auth auth;

    OptimizeRoutes(Auth auth) {
        this.auth = auth;
    }

    /** The methods, by the word {@code carma optimize --method} uses. */
    enum Method { EXACT, HEURISTIC, RSSI }

    void register(RouteTable r) {
        r.post("/api/optimize", this::optimize);
    }

    private void optimize(Context ctx) {
        auth.session(ctx);
        String word = ctx.queryParam("method") == null ? "heuristic" : ctx.queryParam("method");
        Method method;
        try {
            method = Method.valueOf(word.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("method must be exact, heuristic or rssi, got '" + word + "'");
        }
        double limitS = parseLimit(ctx.queryParam("timeLimitS"));
        FairMeshInstance instance;
        try {
            instance = new InstanceJsonReader().parse(ctx.body());
        } catch (InvalidInstanceException e) {
            throw ApiException.unprocessable(e.getMessage());
        }
        FairMeshAssociation a = switch (method) {
            case EXACT -> new MaxMinFairMilpAssociation(new MilpOptions(MilpSolverBackend.fromName("scip"),
                    Math.round(limitS * 1000), false, true));
            case HEURISTIC -> new MaxMinFairHeuristicAssociation();
            case RSSI -> new StrongestSignalAssociation();
        };
        ctx.contentType("application/json").result(new ResultJsonWriter().json(a.solve(instance)));
    }

    private static double parseLimit(String s) {
        if (s == null) {
            return 10;
        }
        try {
            double v = Double.parseDouble(s);
            if (v > 0 && v <= MAX_TIME_LIMIT_S) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiException.badRequest("timeLimitS must be a number in (0, " + MAX_TIME_LIMIT_S + "], got '" + s + "'");
    }
}
