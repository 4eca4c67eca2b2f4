package carma.optimization.instance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The two-hop interference model (fair-mesh.md §A.1): link e' = (c, d) is in I(e), e = (a, b), when
 * c or d is a or b or a mesh neighbour (in either direction) of a or b. "Within transmission range"
 * is read as "a mesh link exists between the two MAPs". I(e) always contains e.
 */
public final class TwoHopInterference {
    private TwoHopInterference() {}

    public static List<CollisionDomain> derive(List<MeshLink> meshLinks) {
        Map<String, Set<String>> neighbours = new HashMap<>();
        for (MeshLink link : meshLinks) {
            neighbours.computeIfAbsent(link.from(), k -> new HashSet<>()).add(link.to());
            neighbours.computeIfAbsent(link.to(), k -> new HashSet<>()).add(link.from());
        }
        List<CollisionDomain> domains = new ArrayList<>(meshLinks.size());
        for (MeshLink link : meshLinks) {
            Set<String> zone = new LinkedHashSet<>();
            zone.add(link.from());
            zone.add(link.to());
            zone.addAll(neighbours.getOrDefault(link.from(), Set.of()));
            zone.addAll(neighbours.getOrDefault(link.to(), Set.of()));
            List<LinkRef> interferes = new ArrayList<>();
            for (MeshLink other : meshLinks) {
                if (zone.contains(other.from()) || zone.contains(other.to())) {
                    interferes.add(other.ref());
                }
            }
            domains.add(new CollisionDomain(link.ref(), interferes));
        }
        return domains;
    }
}
