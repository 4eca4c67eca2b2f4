package carma.optimization.io;

import carma.optimization.geometric.GeometricInstance;
import carma.optimization.instance.AccessLink;
import carma.optimization.instance.CollisionDomain;
import carma.optimization.instance.FairMeshInstance;
import carma.optimization.instance.LinkRef;
import carma.optimization.instance.MeshAccessPoint;
import carma.optimization.instance.MeshLink;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes instances as JSON: the explicit flavour (with resolved collision domains) or the geometric one. */
public final class InstanceJsonWriter {
    private final ObjectMapper mapper = new ObjectMapper();

    public String explicitJson(FairMeshInstance instance) {
        ObjectNode root = mapper.createObjectNode();
        root.put("routing", instance.routing().jsonName());
        root.put("epsilon", instance.epsilon());
        ArrayNode users = root.putArray("users");
        instance.users().forEach(users::add);
        ArrayNode maps = root.putArray("maps");
        for (MeshAccessPoint map : instance.maps()) {
            ObjectNode m = maps.addObject().put("id", map.id()).put("gateway", map.gateway());
            if (map.gateway()) {
                m.put("uplinkBps", map.uplinkBps());
            }
        }
        ArrayNode access = root.putArray("accessLinks");
        for (AccessLink link : instance.accessLinks()) {
            access.addObject().put("user", link.user()).put("map", link.map()).put("rateBps", link.rateBps());
        }
        ArrayNode mesh = root.putArray("meshLinks");
        for (MeshLink link : instance.meshLinks()) {
            mesh.addObject().put("from", link.from()).put("to", link.to()).put("rateBps", link.rateBps());
        }
        ArrayNode domains = root.putArray("collisionDomains");
        for (CollisionDomain domain : instance.collisionDomains()) {
            ObjectNode d = domains.addObject();
            d.putArray("link").add(domain.link().from()).add(domain.link().to());
            ArrayNode interferes = d.putArray("interferes");
            for (LinkRef ref : domain.interferes()) {
                interferes.addArray().add(ref.from()).add(ref.to());
            }
        }
        return pretty(root);
    }

    public String geometricJson(GeometricInstance instance) {
        return pretty(GeometricJson.write(instance));
    }

    public void writeExplicit(FairMeshInstance instance, Path file) throws IOException {
        Files.writeString(file, explicitJson(instance));
    }

    public void writeGeometric(GeometricInstance instance, Path file) throws IOException {
        Files.writeString(file, geometricJson(instance));
    }

    private String pretty(ObjectNode root) {
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
