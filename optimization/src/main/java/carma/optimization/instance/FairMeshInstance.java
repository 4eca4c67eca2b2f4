package carma.optimization.instance;

import java.util.List;

/**
 * An explicit instance of the max-min fair association and routing problem (fair-mesh.md §A.1).
 * Collision domains are always resolved: when the input file omitted them they were derived with
 * the two-hop interference model. Build instances through {@link InstanceValidator#validate} (the
 * JSON reader does) to get the guarantees the solvers rely on.
 *
 * @param epsilon airtime fraction reserved for overhead, in [0, 1)
 */
public record FairMeshInstance(RoutingMode routing, double epsilon, List<String> users, List<MeshAccessPoint> maps,
        List<AccessLink> accessLinks, List<MeshLink> meshLinks, List<CollisionDomain> collisionDomains) {
    public FairMeshInstance {
        users = List.copyOf(users);
        maps = List.copyOf(maps);
        accessLinks = List.copyOf(accessLinks);
        meshLinks = List.copyOf(meshLinks);
        collisionDomains = List.copyOf(collisionDomains);
    }

    /** The same network with another routing mode. */
    public FairMeshInstance withRouting(RoutingMode newRouting) {
        return new FairMeshInstance(newRouting, epsilon, users, maps, accessLinks, meshLinks, collisionDomains);
    }
}
