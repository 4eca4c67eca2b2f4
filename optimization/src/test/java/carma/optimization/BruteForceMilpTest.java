package carma.optimization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import carma.optimization.feasibility.FeasibilityChecker;
import carma.optimization.instance.AccessLink;
import carma.optimization.instance.FairMeshInstance;
import carma.optimization.instance.LinkRef;
import carma.optimization.instance.MeshAccessPoint;
import carma.optimization.instance.MeshLink;
import carma.optimization.instance.RoutingMode;
import carma.optimization.milp.MaxMinFairMilpAssociation;
import carma.optimization.milp.MilpOptions;
import carma.optimization.milp.MilpSolverBackend;
import carma.optimization.solution.FairMeshResult;
import carma.optimization.solution.SolveStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The MILP optimum equals brute force: every association (and, for single-path, every choice of at
 * most one next hop per non-gateway MAP) solved as an LP by the independent {@link ReferenceLp}.
 */
class BruteForceMilpTest {
    @ParameterizedTest(name = "seed {0}, {1}, {2}")
    @CsvSource({
        "1, MULTI_PATH, SCIP", "2, MULTI_PATH, SCIP", "3, MULTI_PATH, CBC", "4, MULTI_PATH, HIGHS",
        "5, SINGLE_PATH, SCIP", "6, SINGLE_PATH, SCIP", "7, SINGLE_PATH, CBC", "8, SINGLE_PATH, HIGHS",
        "9, SINGLE_PATH, SCIP", "10, MULTI_PATH, SCIP", "11, SINGLE_PATH, SCIP", "12, MULTI_PATH, CBC"})
    void milpOptimumEqualsBruteForce(long seed, RoutingMode routing, MilpSolverBackend backend) {
        FairMeshInstance tiny = TinyInstances.random(seed, 3, 4, seed % 2 == 0 ? 2 : 1, routing);
        // seeds above 10 reserve 10 % of airtime (epsilon) in (4) and (7)
        FairMeshInstance inst = seed > 10 ? new FairMeshInstance(tiny.routing(), 0.1, tiny.users(), tiny.maps(),
                tiny.accessLinks(), tiny.meshLinks(), tiny.collisionDomains()) : tiny;

        double bruteForce = bruteForce(inst);
        FairMeshResult exact = new MaxMinFairMilpAssociation(
                MilpOptions.defaults().withBackend(backend).withTimeLimitMs(30_000)).solve(inst);

        assertThat(exact.status()).isEqualTo(SolveStatus.OPTIMAL);
        assertThat(bruteForce).isPositive();
        assertThat(exact.minRateBps()).isCloseTo(bruteForce, within(1e-5 * bruteForce));
        assertThat(FeasibilityChecker.violations(inst, exact)).isEmpty();
    }

    static double bruteForce(FairMeshInstance inst) {
        double best = 0;
        for (Map<String, String> association : associations(inst)) {
            for (Set<LinkRef> usable : routings(inst)) {
                best = Math.max(best, ReferenceLp.maxMinRateBps(inst, association, usable));
            }
        }
        return best;
    }

    private static List<Map<String, String>> associations(FairMeshInstance inst) {
        Map<String, List<String>> options = new LinkedHashMap<>();
        for (AccessLink link : inst.accessLinks()) {
            options.computeIfAbsent(link.user(), k -> new ArrayList<>()).add(link.map());
        }
        List<Map<String, String>> all = new ArrayList<>();
        all.add(new HashMap<>());
        for (String user : inst.users()) {
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> partial : all) {
                for (String map : options.get(user)) {
                    Map<String, String> extended = new HashMap<>(partial);
                    extended.put(user, map);
                    next.add(extended);
                }
            }
            all = next;
        }
        return all;
    }

    /** Multi-path: all links usable (one case). Single-path: each non-gateway picks none or one out-link. */
    private static List<Set<LinkRef>> routings(FairMeshInstance inst) {
        List<Set<LinkRef>> all = new ArrayList<>();
        if (inst.routing() == RoutingMode.MULTI_PATH) {
            all.add(null);
            return all;
        }
        all.add(new HashSet<>());
        for (MeshAccessPoint map : inst.maps()) {
            if (map.gateway()) {
                continue;
            }
            List<Set<LinkRef>> next = new ArrayList<>();
            for (Set<LinkRef> partial : all) {
                next.add(partial);
                for (MeshLink link : inst.meshLinks()) {
                    if (link.from().equals(map.id())) {
                        Set<LinkRef> extended = new HashSet<>(partial);
                        extended.add(link.ref());
                        next.add(extended);
                    }
                }
            }
            all = next;
        }
        return all;
    }
}
