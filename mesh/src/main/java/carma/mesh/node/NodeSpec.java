package carma.mesh.node;

import carma.mesh.mobility.Trajectory;
import java.util.Objects;

/**
 * A node of the emulated network.
 *
 * @param name stable name (used for accounts, random streams and traces)
 * @param sharesInternet a CARMNET node that shares its AP association with the mesh (announces a
 *     default route, NATs for other nodes, earns the access fee)
 */
public record NodeSpec(NodeId id, String name, NodeRole role, Trajectory trajectory, boolean sharesInternet) {
    public NodeSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(trajectory, "trajectory");
        if (sharesInternet && role != NodeRole.CARMNET) {
            throw new IllegalArgumentException(name + ": only CARMNET nodes share Internet access");
        }
    }

    public boolean wireless() {
        return role != NodeRole.INTERNET_HOST;
    }
}
