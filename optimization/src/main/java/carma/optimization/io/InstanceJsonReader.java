package carma.optimization.io;

import static carma.optimization.io.JsonFields.array;
import static carma.optimization.io.JsonFields.bool;
import static carma.optimization.io.JsonFields.number;
import static carma.optimization.io.JsonFields.onlyKeys;
import static carma.optimization.io.JsonFields.text;

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
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a fair-mesh instance (explicit or geometric flavour, see
 * {@code docs/fair-mesh-instance.schema.json}), rejects unknown keys and invalid content with an
 * {@link InvalidInstanceException} naming the JSON path or element, and returns the validated
 * explicit instance.
 */
public final class InstanceJsonReader {
    private static final Set<String> EXPLICIT_KEYS = Set.of("$schema", "flavour", "name", "routing", "epsilon",
            "users", "maps", "accessLinks", "meshLinks", "collisionDomains", "interference");
    private final ObjectMapper mapper = new ObjectMapper();

    /**
     * Whether a JSON document is meant as an instance (an object with {@code users} and {@code maps}),
     * as opposed to, say, a result file in the same folder. A document that is meant as an instance
     * but is invalid is still an instance: {@link #parse} names what is wrong with it.
     */
    public boolean isInstance(String json) {
        try {
            JsonNode root = mapper.readTree(json);
            return root != null && root.isObject() && root.has("users") && root.has("maps");
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    public FairMeshInstance read(Path file) throws IOException {
        return parse(Files.readString(file));
    }

    public FairMeshInstance parse(String json) {
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidInstanceException("not valid JSON: " + e.getOriginalMessage() + " at line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr());
        }
        JsonFields.requireObject(root, "$");
        String flavour = root.has("flavour") ? text(root, "flavour", "$") : "explicit";
        return switch (flavour) {
            case "explicit" -> readExplicit(root);
            case "geometric" -> GeometricDerivation.toExplicit(readGeometric(root));
            default -> throw new InvalidInstanceException(
                    "$.flavour: unknown flavour '" + flavour + "' (expected explicit or geometric)");
        };
    }

    /** Reads a geometric-flavour document without deriving the explicit instance. */
    public GeometricInstance parseGeometric(String json) {
        try {
            return readGeometric(mapper.readTree(json));
        } catch (JsonProcessingException e) {
            throw new InvalidInstanceException("not valid JSON: " + e.getOriginalMessage());
        }
    }

    private GeometricInstance readGeometric(JsonNode root) {
        return GeometricJson.read(root);
    }

    static RoutingMode routing(JsonNode root) {
        try {
            return RoutingMode.fromJson(text(root, "routing", "$"));
        } catch (IllegalArgumentException e) {
            throw new InvalidInstanceException("$.routing: " + e.getMessage());
        }
    }

    static void checkInterferenceModel(JsonNode root) {
        if (root.has("interference")) {
            JsonNode node = root.get("interference");
            onlyKeys(node, "$.interference", Set.of("model"));
            String model = text(node, "model", "$.interference");
            if (!model.equals("two-hop")) {
                throw new InvalidInstanceException(
                        "$.interference.model: unknown model '" + model + "' (supported: two-hop)");
            }
        }
    }

    private FairMeshInstance readExplicit(JsonNode root) {
        onlyKeys(root, "$", EXPLICIT_KEYS);
        RoutingMode routing = routing(root);
        double epsilon = number(root, "epsilon", "$", 0.0);
        checkInterferenceModel(root);
        List<String> users = new ArrayList<>();
        JsonNode userArray = array(root, "users", "$");
        for (int i = 0; i < userArray.size(); i++) {
            users.add(text(userArray.get(i), "$.users[" + i + "]"));
        }
        List<MeshLink> meshLinks = meshLinks(root.has("meshLinks") ? array(root, "meshLinks", "$") : null);
        List<CollisionDomain> domains;
        if (root.has("collisionDomains")) {
            if (root.has("interference")) {
                throw new InvalidInstanceException("$: give either collisionDomains or interference, not both");
            }
            domains = collisionDomains(array(root, "collisionDomains", "$"));
        } else {
            domains = TwoHopInterference.derive(meshLinks);
        }
        return InstanceValidator.validate(new FairMeshInstance(routing, epsilon, users,
                maps(array(root, "maps", "$")), accessLinks(array(root, "accessLinks", "$")), meshLinks, domains));
    }

    private static List<MeshAccessPoint> maps(JsonNode array) {
        List<MeshAccessPoint> maps = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String path = "$.maps[" + i + "]";
            JsonNode node = array.get(i);
            onlyKeys(node, path, Set.of("id", "gateway", "uplinkBps"));
            boolean gateway = bool(node, "gateway", path, false);
            double uplink = node.has("uplinkBps") ? number(node, "uplinkBps", path) : 0.0;
            if (gateway && !node.has("uplinkBps")) {
                throw new InvalidInstanceException(path + " (" + node.path("id").asText() + "): gateway needs uplinkBps");
            }
            maps.add(new MeshAccessPoint(text(node, "id", path), gateway, uplink));
        }
        return maps;
    }

    private static List<AccessLink> accessLinks(JsonNode array) {
        List<AccessLink> links = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String path = "$.accessLinks[" + i + "]";
            JsonNode node = array.get(i);
            onlyKeys(node, path, Set.of("user", "map", "rateBps"));
            links.add(new AccessLink(text(node, "user", path), text(node, "map", path), number(node, "rateBps", path)));
        }
        return links;
    }

    private static List<MeshLink> meshLinks(JsonNode array) {
        List<MeshLink> links = new ArrayList<>();
        for (int i = 0; array != null && i < array.size(); i++) {
            String path = "$.meshLinks[" + i + "]";
            JsonNode node = array.get(i);
            onlyKeys(node, path, Set.of("from", "to", "rateBps"));
            links.add(new MeshLink(text(node, "from", path), text(node, "to", path), number(node, "rateBps", path)));
        }
        return links;
    }

    private static List<CollisionDomain> collisionDomains(JsonNode array) {
        List<CollisionDomain> domains = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String path = "$.collisionDomains[" + i + "]";
            JsonNode node = array.get(i);
            onlyKeys(node, path, Set.of("link", "interferes"));
            LinkRef link = linkRef(node.get("link"), path + ".link");
            List<LinkRef> interferes = new ArrayList<>();
            JsonNode list = array(node, "interferes", path);
            for (int k = 0; k < list.size(); k++) {
                interferes.add(linkRef(list.get(k), path + ".interferes[" + k + "]"));
            }
            domains.add(new CollisionDomain(link, interferes));
        }
        return domains;
    }

    private static LinkRef linkRef(JsonNode node, String path) {
        if (node == null || !node.isArray() || node.size() != 2) {
            throw new InvalidInstanceException(path + ": expected a link as [\"from\", \"to\"]");
        }
        return new LinkRef(text(node.get(0), path + "[0]"), text(node.get(1), path + "[1]"));
    }
}
