package carma.optimization;

import static org.assertj.core.api.Assertions.assertThat;

import carma.optimization.feasibility.FeasibilityChecker;
import carma.optimization.generator.GeneratorSpec;
import carma.optimization.generator.RandomInstanceGenerator;
import carma.optimization.heuristic.MaxMinFairHeuristicAssociation;
import carma.optimization.instance.FairMeshInstance;
import carma.optimization.instance.RoutingMode;
import carma.optimization.milp.MaxMinFairMilpAssociation;
import carma.optimization.milp.MilpOptions;
import carma.optimization.rssi.StrongestSignalAssociation;
import carma.optimization.solution.FairMeshResult;
import carma.optimization.solution.GatewayFlow;
import carma.optimization.solution.SolveStatus;
import carma.optimization.solution.UserRate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every heuristic and RSSI result satisfies all MILP constraints, on many seeded random instances. */
class MethodFeasibilityTest {
    static Stream<FairMeshInstance> instances() {
        return LongStream.rangeClosed(1, 40).mapToObj(seed -> {
            GeneratorSpec spec = GeneratorSpec.defaults(10 + (int) (seed * 7 % 90), 9 + (int) (seed % 4) * 4,
                    1 + (int) (seed % 3));
            if (seed % 2 == 0) {
                spec = spec.withRouting(RoutingMode.MULTI_PATH);
            }
            if (seed % 3 == 0) {
                spec = spec.withUsers(GeneratorSpec.UserPlacement.HOTSPOTS, 2, 35);
            }
            if (seed % 5 == 0) {
                spec = spec.withMaps(GeneratorSpec.MapPlacement.RANDOM, GeneratorSpec.GatewayPlacement.RANDOM);
            }
            if (seed % 7 == 0) {
                spec = spec.withUplinkBps(4e6);
            }
            FairMeshInstance inst = RandomInstanceGenerator.explicit(spec, seed);
            return seed % 4 == 1 ? withEpsilon(inst, 0.1) : inst;
        });
    }

    private static FairMeshInstance withEpsilon(FairMeshInstance i, double epsilon) {
        return new FairMeshInstance(i.routing(), epsilon, i.users(), i.maps(), i.accessLinks(), i.meshLinks(),
                i.collisionDomains());
    }

    @ParameterizedTest
    @MethodSource("instances")
    void heuristicAndRssiResultsAreFeasibleAndHeuristicIsNotWorseThanRssi(FairMeshInstance inst) {
        FairMeshResult heuristic = new MaxMinFairHeuristicAssociation().solve(inst);
        FairMeshResult rssi = new StrongestSignalAssociation().solve(inst);

        assertThat(FeasibilityChecker.violations(inst, heuristic)).isEmpty();
        assertThat(FeasibilityChecker.violations(inst, rssi)).isEmpty();
        assertThat(heuristic.users()).hasSize(inst.users().size());
        assertThat(heuristic.minRateBps()).isPositive();
        assertThat(heuristic.minRateBps()).isGreaterThanOrEqualTo(rssi.minRateBps() * (1 - 1e-9));
    }

    @Test
    void exactSolutionOnAMediumInstanceIsFeasibleAndAtLeastTheHeuristic() {
        FairMeshInstance inst = RandomInstanceGenerator.explicit(GeneratorSpec.defaults(20, 9, 2), 11);
        FairMeshResult exact = new MaxMinFairMilpAssociation(MilpOptions.defaults()).solve(inst);
        FairMeshResult heuristic = new MaxMinFairHeuristicAssociation().solve(inst);

        assertThat(exact.status()).isEqualTo(SolveStatus.OPTIMAL);
        assertThat(exact.gap()).isLessThan(1e-4);
        assertThat(FeasibilityChecker.violations(inst, exact)).isEmpty();
        assertThat(exact.minRateBps()).isGreaterThanOrEqualTo(heuristic.minRateBps() * (1 - 1e-6));
    }

    @Test
    void aTinyTimeLimitStopsTheSolverWithAFeasibleSolution() {
        FairMeshInstance inst = RandomInstanceGenerator.explicit(GeneratorSpec.defaults(150, 25, 2), 3);
        FairMeshResult exact = new MaxMinFairMilpAssociation(MilpOptions.defaults().withTimeLimitMs(1)).solve(inst);

        assertThat(exact.status()).isEqualTo(SolveStatus.TIME_LIMIT);
        assertThat(exact.users()).hasSize(150);
        assertThat(FeasibilityChecker.violations(inst, exact)).isEmpty();
    }

    @Test
    void theCheckerCatchesViolatedConstraints() {
        FairMeshInstance inst = RandomInstanceGenerator.explicit(GeneratorSpec.defaults(20, 9, 1), 5);
        FairMeshResult ok = new MaxMinFairHeuristicAssociation().solve(inst);
        assertThat(FeasibilityChecker.violations(inst, ok)).isEmpty();

        List<UserRate> inflated = new ArrayList<>(ok.users());
        UserRate first = inflated.get(0);
        inflated.set(0, new UserRate(first.id(), first.map(), first.rateBps() * 3));
        assertThat(FeasibilityChecker.violations(inst, copy(ok, inflated, ok.gatewayFlows())))
                .anyMatch(v -> v.startsWith("(5)"));

        List<UserRate> moved = new ArrayList<>(ok.users());
        String outOfRange = inst.maps().stream().map(m -> m.id())
                .filter(m -> inst.accessLinks().stream().noneMatch(a -> a.user().equals(first.id()) && a.map().equals(m)))
                .findFirst().orElseThrow();
        moved.set(0, new UserRate(first.id(), outOfRange, first.rateBps()));
        assertThat(FeasibilityChecker.violations(inst, copy(ok, moved, ok.gatewayFlows())))
                .anyMatch(v -> v.startsWith("(1)"));

        List<GatewayFlow> overUplink = ok.gatewayFlows().stream()
                .map(g -> new GatewayFlow(g.map(), g.flowBps() + 1e9)).toList();
        assertThat(FeasibilityChecker.violations(inst, copy(ok, ok.users(), overUplink)))
                .anyMatch(v -> v.startsWith("(6)"));
    }

    private static FairMeshResult copy(FairMeshResult r, List<UserRate> users, List<GatewayFlow> gateways) {
        return new FairMeshResult(r.method(), r.solver(), r.status(), r.minRateBps(), r.bestBoundBps(), r.gap(),
                r.solveTimeMs(), users, r.linkFlows(), gateways, r.bottleneck());
    }
}
