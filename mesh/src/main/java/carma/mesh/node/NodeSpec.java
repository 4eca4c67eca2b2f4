package carma.mesh.node;

import carma.radio.mobility.Trajectory;
import java.util.Objects;

/**
 * A node of the emulated network.
 *
 * @param name stable name (used for accounts, random streams and traces)
 * @param sharesInternet a CARMNET node that shares its AP association with the mesh (announces a
 *     default route, NATs for other nodes, earns the access fee)
 * @param usesPublicWifi a CARMNET node that associates with public APs it hears well enough
 */
public record NodeSpec(NodeId id, String name, NodeRole role, Trajectory trajectory, boolean sharesInternet,
        boolean usesPublicWifi) {
    public NodeSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(trajectory, "trajectory");
        if (sharesInternet && role != NodeRole.CARMNET) {
            throw new IllegalArgumentException(name + ": only CARMNET nodes share Internet access");
        }
        if (sharesInternet && !usesPublicWifi) {
            throw new IllegalArgumentException(name + ": a sharing node must use the public WiFi");
        }
    }

    /** A CARMNET node that neither shares nor uses public WiFi (mesh only). */
    public static NodeSpec carmnet(int index, String name, Trajectory t) {
        return new NodeSpec(new NodeId(index), name, NodeRole.CARMNET, t, false, false);
    }

    public static NodeSpec of(int index, String name, NodeRole role, Trajectory t) {
        return new NodeSpec(new NodeId(index), name, role, t, false, false);
    }

    public boolean wireless() {
        return role != NodeRole.INTERNET_HOST;
    }
}
