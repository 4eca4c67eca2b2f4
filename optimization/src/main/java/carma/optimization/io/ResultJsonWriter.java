package carma.optimization.io;

import carma.optimization.solution.FairMeshResult;
import carma.optimization.solution.GatewayFlow;
import carma.optimization.solution.LinkFlow;
import carma.optimization.solution.UserRate;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a {@link FairMeshResult} in the result shape of issue 4 (keys in that order). */
public final class ResultJsonWriter {
    private final ObjectMapper mapper = new ObjectMapper();

    public ObjectNode toJson(FairMeshResult result) {
        ObjectNode root = mapper.createObjectNode();
        root.put("method", result.method());
        root.put("solver", result.solver());
        root.put("status", result.status().name());
        root.put("minRateBps", result.minRateBps());
        putFinite(root, "bestBoundBps", result.bestBoundBps());
        putFinite(root, "gap", result.gap());
        root.put("solveTimeMs", result.solveTimeMs());
        ArrayNode users = root.putArray("users");
        for (UserRate user : result.users()) {
            users.addObject().put("id", user.id()).put("map", user.map()).put("rateBps", user.rateBps());
        }
        ArrayNode links = root.putArray("linkFlows");
        for (LinkFlow flow : result.linkFlows()) {
            links.addObject().put("from", flow.from()).put("to", flow.to()).put("flowBps", flow.flowBps());
        }
        ArrayNode gateways = root.putArray("gatewayFlows");
        for (GatewayFlow flow : result.gatewayFlows()) {
            gateways.addObject().put("map", flow.map()).put("flowBps", flow.flowBps());
        }
        root.put("bottleneck", result.bottleneck());
        return root;
    }

    private static void putFinite(ObjectNode node, String key, Double value) {
        if (value == null || !Double.isFinite(value)) {
            node.putNull(key);
        } else {
            node.put(key, value);
        }
    }

    public String json(FairMeshResult result) {
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(toJson(result)) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void write(FairMeshResult result, Path file) throws IOException {
        Files.writeString(file, json(result));
    }
}
