package carma.optimization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import carma.optimization.fairness.FillingResult;
import carma.optimization.fairness.ProgressiveFilling;
import carma.optimization.fairness.RouteLoads;
import carma.optimization.fairness.TreeFlows;
import carma.optimization.feasibility.FeasibilityChecker;
import carma.optimization.generator.GeneratorSpec;
import carma.optimization.generator.RandomInstanceGenerator;
import carma.optimization.instance.AccessLink;
import carma.optimization.instance.FairMeshInstance;
import carma.optimization.instance.LinkRef;
import carma.optimization.instance.MeshAccessPoint;
import carma.optimization.instance.MeshLink;
import carma.optimization.instance.IndexedInstance;
import carma.optimization.instance.RoutingMode;
import carma.optimization.instance.TwoHopInterference;
import carma.optimization.routing.ForwardingTree;
import carma.optimization.routing.ShortestPathRouting;
import carma.optimization.routing.WidestPathRouting;
import carma.optimization.solution.Allocation;
import carma.optimization.solution.ResultAssembler;
import carma.optimization.solution.SolveStatus;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProgressiveFillingTest {
    @Test
    void twoUsersBehindOneRelayShareTheLinkAndTheFastUserGetsTheRestOfTheAccessAirtime() {
        // u1 at gateway m1 (54 Mbit/s, alone): limited by its own access only -> 54 Mbit/s... but
        // the gateway uplink of 20 Mbit/s is shared with u2, u3 behind relay m2 (link 10 Mbit/s).
        List<MeshLink> mesh = List.of(new MeshLink("m2", "m1", 10e6));
        FairMeshInstance inst = new FairMeshInstance(RoutingMode.SINGLE_PATH, 0.0, List.of("u1", "u2", "u3"),
                List.of(MeshAccessPoint.gateway("m1", 20e6), MeshAccessPoint.relay("m2")),
                List.of(new AccessLink("u1", "m1", 54e6), new AccessLink("u2", "m2", 24e6),
                        new AccessLink("u3", "m2", 6e6)),
                mesh, TwoHopInterference.derive(mesh));
        IndexedInstance net = new IndexedInstance(inst);
        ForwardingTree tree = WidestPathRouting.route(net, WidestPathRouting.contentionWeights(net));

        FillingResult result = ProgressiveFilling.fill(net, new int[] {0, 1, 1}, new RouteLoads(net, tree));

        // access of m2: d/24 + d/6 = 1 -> d = 4.8 Mbit/s; link m2->m1: 2d/10 = 1 -> d = 5 Mbit/s;
        // so u2, u3 freeze at 4.8 Mbit/s; u1 then takes min(54, 20 - 9.6) = 10.4 Mbit/s.
        assertThat(result.rateBps()[1]).isCloseTo(4.8e6, within(1.0));
        assertThat(result.rateBps()[2]).isCloseTo(4.8e6, within(1.0));
        assertThat(result.rateBps()[0]).isCloseTo(10.4e6, within(1.0));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void minimumEqualsTheLpOptimumForAFixedAssociationAndRoutes(long seed) {
        FairMeshInstance inst = RandomInstanceGenerator.explicit(
                GeneratorSpec.defaults(25, 9 + (int) (seed % 3) * 3, 1 + (int) (seed % 2)), seed);
        IndexedInstance net = new IndexedInstance(inst);
        SplittableRandom random = new SplittableRandom(seed);
        ForwardingTree tree = seed % 2 == 0 ? ShortestPathRouting.route(net, ShortestPathRouting.Metric.HOP_COUNT)
                : WidestPathRouting.route(net, WidestPathRouting.contentionWeights(net));
        RouteLoads routes = new RouteLoads(net, tree);
        int[] association = randomAssociation(net, routes, random);

        FillingResult filling = ProgressiveFilling.fill(net, association, routes);
        double lp = ReferenceLp.maxMinRateBps(inst, byId(net, association), treeLinks(net, tree));

        assertThat(filling.minRateBps()).isCloseTo(lp, within(1e-6 * lp));
        Allocation allocation = TreeFlows.allocation(net, association, tree, filling.rateBps());
        assertThat(FeasibilityChecker.violations(inst,
                ResultAssembler.assemble(net, "pf", null, SolveStatus.FEASIBLE, null, null, 0, allocation)))
                .isEmpty();
    }

    @Test
    void everyUserIsLimitedByASaturatedResourceItUses() {
        FairMeshInstance inst = RandomInstanceGenerator.explicit(GeneratorSpec.defaults(40, 16, 2), 77);
        IndexedInstance net = new IndexedInstance(inst);
        ForwardingTree tree = WidestPathRouting.route(net, WidestPathRouting.contentionWeights(net));
        RouteLoads routes = new RouteLoads(net, tree);
        int[] association = randomAssociation(net, routes, new SplittableRandom(5));
        FillingResult filling = ProgressiveFilling.fill(net, association, routes);
        // max-min fairness for fixed routes: raising any user alone must violate a constraint
        Map<String, String> ids = byId(net, association);
        for (int u = 0; u < net.userCount(); u++) {
            Map<String, Double> lower = new HashMap<>();
            for (int v = 0; v < net.userCount(); v++) {
                if (v != u && filling.rateBps()[v] <= filling.rateBps()[u] * (1 + 1e-9)) {
                    lower.put(net.userId(v), filling.rateBps()[v] * (1 - 1e-9));
                }
            }
            double best = ReferenceLp.maxRateOfUserBps(inst, ids, treeLinks(net, tree), lower, net.userId(u));
            assertThat(best).as("user %s", net.userId(u)).isLessThanOrEqualTo(filling.rateBps()[u] * (1 + 1e-6));
        }
    }

    static int[] randomAssociation(IndexedInstance net, RouteLoads routes, SplittableRandom random) {
        int[] association = new int[net.userCount()];
        for (int u = 0; u < net.userCount(); u++) {
            int[] maps = net.mapsInRange(u);
            do {
                association[u] = maps[random.nextInt(maps.length)];
            } while (!routes.isRouted(association[u]));
        }
        return association;
    }

    static Map<String, String> byId(IndexedInstance net, int[] association) {
        Map<String, String> ids = new HashMap<>();
        for (int u = 0; u < association.length; u++) {
            ids.put(net.userId(u), net.mapId(association[u]));
        }
        return ids;
    }

    static Set<LinkRef> treeLinks(IndexedInstance net, ForwardingTree tree) {
        Set<LinkRef> links = new HashSet<>();
        for (int m = 0; m < net.mapCount(); m++) {
            if (tree.nextLink(m) >= 0) {
                links.add(new LinkRef(net.mapId(m), net.mapId(net.linkTo(tree.nextLink(m)))));
            }
        }
        return links;
    }
}
