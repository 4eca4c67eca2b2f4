package carma.optimization.io;

import static carma.optimization.instance.InvalidInstanceException.shortened;

import carma.optimization.geometric.GeometricDerivation;
import carma.optimization.geometric.GeometricInstance;
import carma.optimization.instance.AccessLink;
import carma.optimization.instance.CollisionDomain;
import carma.optimization.instance.FairMeshInstance;
import carma.optimization.instance.InstanceValidator;
import carma.optimization.instance.InvalidInstanceException;
import carma.optimization.instance.LinkRef;
import carma.optimization.instance.MeshAccessPoint;
import carma.optimization.instance.MeshLink;
import carma.optimization.instance.RoutingMode;
import carma.optimization.instance.TwoHopInterference;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a fair-mesh instance (explicit or geometric flavour, see
 * {@code docs/fair-mesh-instance.schema.json}): strict JSON ({@link StrictJson}), only known keys,
 * every number finite and in its field's range and every size within {@link InstanceLimits}. Each
 * problem is one line naming its JSON path; the consistency checks of {@link InstanceValidator}
 * follow. Returns the validated explicit instance or throws an {@link InvalidInstanceException}.
 */
public final class InstanceJsonReader {
    private static final Set<String> EXPLICIT_KEYS = Set.of("$schema", "flavour", "name", "routing", "epsilon",
            "users", "maps", "accessLinks", "meshLinks", "collisionDomains", "interference");

    /**
     * Whether a JSON document is meant as an instance (an object with {@code users} and {@code maps}),
     * as opposed to, say, a result file in the same folder. A document that is meant as an instance
     * but is invalid is still an instance: {@link #parse} names what is wrong with it.
     */
    public boolean isInstance(byte[] json) {
        try {
            JsonNode root = StrictJson.readTree(json);
            return root.isObject() && root.has("users") && root.has("maps");
        } catch (InvalidInstanceException e) {
            return false;
        }
    }

    public boolean isInstance(String json) {
        return isInstance(json.getBytes(StandardCharsets.UTF_8));
    }

    public FairMeshInstance read(Path file) throws IOException {
        long size = Files.size(file);
        if (size > InstanceLimits.MAX_FILE_BYTES) {
            throw new InvalidInstanceException("$: the file has " + size + " bytes, more than the limit of "
                    + InstanceLimits.MAX_FILE_BYTES + " (InstanceLimits.MAX_FILE_BYTES)");
        }
        return parse(Files.readAllBytes(file));
    }

    public FairMeshInstance parse(String json) {
        return parse(json.getBytes(StandardCharsets.UTF_8));
    }

    public FairMeshInstance parse(byte[] json) {
        JsonNode root = StrictJson.readTree(json);
        JsonFields fields = new JsonFields();
        if (!fields.requireObject(root, "$")) {
            fields.throwIfAny();
        }
        String flavour = root.has("flavour") ? fields.text(root, "flavour", "$") : "explicit";
        fields.throwIfAny();
        return switch (flavour) {
            case "explicit" -> readExplicit(root, fields);
            case "geometric" -> GeometricDerivation.toExplicit(GeometricJson.read(root, fields));
            default -> throw new InvalidInstanceException(
                    "$.flavour: unknown flavour '" + shortened(flavour) + "' (expected explicit or geometric)");
        };
    }

    /** Reads a geometric-flavour document without deriving the explicit instance. */
    public GeometricInstance parseGeometric(String json) {
        return GeometricJson.read(StrictJson.readTree(json.getBytes(StandardCharsets.UTF_8)), new JsonFields());
    }

    static RoutingMode routing(JsonNode root, JsonFields fields) {
        String name = fields.text(root, "routing", "$");
        if (fields.hasProblems()) {
            return null;
        }
        try {
            return RoutingMode.fromJson(name);
        } catch (IllegalArgumentException e) {
            fields.problem("$.routing", shortened(e.getMessage()));
            return null;
        }
    }

    static void checkInterferenceModel(JsonNode root, JsonFields fields) {
        if (root.has("interference")) {
            JsonNode node = root.get("interference");
            if (fields.onlyKeys(node, "$.interference", Set.of("model"))) {
                String model = fields.text(node, "model", "$.interference");
                if (!model.isEmpty() && !model.equals("two-hop")) {
                    fields.problem("$.interference.model", "unknown model '" + shortened(model)
                            + "' (supported: two-hop)");
                }
            }
        }
    }

    private FairMeshInstance readExplicit(JsonNode root, JsonFields fields) {
        fields.onlyKeys(root, "$", EXPLICIT_KEYS);
        RoutingMode routing = routing(root, fields);
        double epsilon = fields.number(root, "epsilon", "$", InstanceLimits.EPSILON, 0.0);
        checkInterferenceModel(root, fields);
        List<String> users = new ArrayList<>();
        JsonNode userArray = fields.array(root, "users", "$", InstanceLimits.MAX_USERS);
        for (int i = 0; i < userArray.size(); i++) {
            users.add(fields.text(userArray.get(i), "$.users[" + i + "]"));
        }
        List<MeshAccessPoint> maps = maps(fields.array(root, "maps", "$", InstanceLimits.MAX_MAPS), fields);
        List<AccessLink> accessLinks = accessLinks(
                fields.array(root, "accessLinks", "$", InstanceLimits.MAX_ACCESS_LINKS), fields);
        List<MeshLink> meshLinks = root.has("meshLinks")
                ? meshLinks(fields.array(root, "meshLinks", "$", InstanceLimits.MAX_MESH_LINKS), fields) : List.of();
        List<CollisionDomain> domains = List.of();
        if (root.has("collisionDomains")) {
            if (root.has("interference")) {
                fields.problem("$", "give either collisionDomains or interference, not both");
            }
            domains = collisionDomains(
                    fields.array(root, "collisionDomains", "$", InstanceLimits.MAX_MESH_LINKS), fields);
        }
        fields.throwIfAny();
        if (!root.has("collisionDomains")) {
            domains = TwoHopInterference.derive(meshLinks);
        }
        return InstanceValidator.validate(new FairMeshInstance(routing, epsilon, users, maps, accessLinks,
                meshLinks, domains));
    }

    private static List<MeshAccessPoint> maps(JsonNode array, JsonFields fields) {
        List<MeshAccessPoint> maps = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String path = "$.maps[" + i + "]";
            JsonNode node = array.get(i);
            if (!fields.onlyKeys(node, path, Set.of("id", "gateway", "uplinkBps"))) {
                continue;
            }
            boolean gateway = fields.bool(node, "gateway", path, false);
            double uplink = node.has("uplinkBps") ? fields.number(node, "uplinkBps", path, InstanceLimits.RATE_BPS)
                    : 0.0;
            if (gateway && !node.has("uplinkBps")) {
                fields.problem(path, "a gateway needs uplinkBps");
            }
            maps.add(new MeshAccessPoint(fields.text(node, "id", path), gateway, uplink));
        }
        return maps;
    }

    private static List<AccessLink> accessLinks(JsonNode array, JsonFields fields) {
        List<AccessLink> links = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String path = "$.accessLinks[" + i + "]";
            JsonNode node = array.get(i);
            if (fields.onlyKeys(node, path, Set.of("user", "map", "rateBps"))) {
                links.add(new AccessLink(fields.text(node, "user", path), fields.text(node, "map", path),
                        fields.number(node, "rateBps", path, InstanceLimits.RATE_BPS)));
            }
        }
        return links;
    }

    private static List<MeshLink> meshLinks(JsonNode array, JsonFields fields) {
        List<MeshLink> links = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String path = "$.meshLinks[" + i + "]";
            JsonNode node = array.get(i);
            if (fields.onlyKeys(node, path, Set.of("from", "to", "rateBps"))) {
                links.add(new MeshLink(fields.text(node, "from", path), fields.text(node, "to", path),
                        fields.number(node, "rateBps", path, InstanceLimits.RATE_BPS)));
            }
        }
        return links;
    }

    private static List<CollisionDomain> collisionDomains(JsonNode array, JsonFields fields) {
        List<CollisionDomain> domains = new ArrayList<>();
        long entries = 0;
        for (int i = 0; i < array.size(); i++) {
            String path = "$.collisionDomains[" + i + "]";
            JsonNode node = array.get(i);
            if (!fields.onlyKeys(node, path, Set.of("link", "interferes"))) {
                continue;
            }
            LinkRef link = linkRef(node.get("link"), path + ".link", fields);
            List<LinkRef> interferes = new ArrayList<>();
            JsonNode list = fields.array(node, "interferes", path, InstanceLimits.MAX_MESH_LINKS);
            entries += list.size();
            if (entries > InstanceLimits.MAX_INTERFERENCE_ENTRIES) {
                fields.problem(path, "more than " + InstanceLimits.MAX_INTERFERENCE_ENTRIES
                        + " interfering links in all collision domains (InstanceLimits)");
                break;
            }
            for (int k = 0; k < list.size(); k++) {
                interferes.add(linkRef(list.get(k), path + ".interferes[" + k + "]", fields));
            }
            domains.add(new CollisionDomain(link, interferes));
        }
        return domains;
    }

    private static LinkRef linkRef(JsonNode node, String path, JsonFields fields) {
        if (node == null || !node.isArray() || node.size() != 2) {
            fields.problem(path, "expected a link as [\"from\", \"to\"]");
            return new LinkRef("", "");
        }
        return new LinkRef(fields.text(node.get(0), path + "[0]"), fields.text(node.get(1), path + "[1]"));
    }
}
