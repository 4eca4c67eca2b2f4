package carma.server.run;

import carma.kernel.trace.TraceBus;
import carma.mesh.measure.RouteChange;
import carma.scenario.MeshSection;
import carma.scenario.ModelSection;
import carma.scenario.ScenarioSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The dashboard's map of a mesh run: node positions and roles from the scenario, and each node's
 * current next hop towards its gateway as the trace bus last reported it ({@link RouteChange}: the
 * mesh traces changes only, so a route that never changed is not drawn). RAN deployments are laid
 * out by the assembler and are not shown yet.
 */
public final class MeshTopology {
    /** What RouteTracker writes for "no next hop". */
    static final String NO_HOP = "-";
    private final ScenarioSpec spec;
    private final Map<String, String> nextHop = new ConcurrentHashMap<>();

    MeshTopology(ScenarioSpec spec, TraceBus bus) {
        this.spec = spec;
        bus.subscribe(RouteChange.class, r -> {
            if (r.nextHopAfter() == null || r.nextHopAfter().equals(NO_HOP) || r.nextHopAfter().equals(r.node())) {
                nextHop.remove(r.node());
            } else {
                nextHop.put(r.node(), r.nextHopAfter());
            }
        });
    }

    /** A node on the map. */
    public record Node(String name, String role, double xM, double yM) {}

    /** A current route hop: {@code from} forwards towards its gateway through {@code to}. */
    public record Hop(String from, String to) {}

    /** What the map shows now. */
    public record Snapshot(List<Node> nodes, List<Hop> hops) {}

    public Snapshot snapshot() {
        List<Node> nodes = new ArrayList<>();
        for (ModelSection m : spec.models()) {
            if (m instanceof MeshSection mesh) {
                for (MeshSection.Node n : mesh.nodes()) {
                    nodes.add(new Node(n.name(), n.role().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                            n.xM(), n.yM()));
                }
            }
        }
        List<Hop> hops = new ArrayList<>();
        new java.util.TreeMap<>(nextHop).forEach((from, to) -> hops.add(new Hop(from, to)));
        return new Snapshot(nodes, hops);
    }
}
