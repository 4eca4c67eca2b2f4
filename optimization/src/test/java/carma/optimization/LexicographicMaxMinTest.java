package carma.optimization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import carma.optimization.feasibility.FeasibilityChecker;
import carma.optimization.generator.GeneratorSpec;
import carma.optimization.generator.RandomInstanceGenerator;
import carma.optimization.instance.FairMeshInstance;
import carma.optimization.instance.LinkRef;
import carma.optimization.instance.RoutingMode;
import carma.optimization.milp.MaxMinFairMilpAssociation;
import carma.optimization.milp.MilpOptions;
import carma.optimization.solution.FairMeshResult;
import carma.optimization.solution.LinkFlow;
import carma.optimization.solution.SolveStatus;
import carma.optimization.solution.UserRate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The lexicographic option keeps the max-min optimum as its first level and is max-min fair: no
 * user can gain without a user at or below it losing (checked with the independent LP for the
 * result's association and routes).
 */
class LexicographicMaxMinTest {
    @ParameterizedTest(name = "seed {0} {1}")
    @CsvSource({"1, MULTI_PATH", "2, SINGLE_PATH", "3, MULTI_PATH", "4, SINGLE_PATH"})
    void lexicographicResultIsMaxMinFair(long seed, RoutingMode routing) {
        FairMeshInstance inst = RandomInstanceGenerator.explicit(
                GeneratorSpec.defaults(10, 9, 1).withUplinkBps(30e6).withRouting(routing), seed);
        FairMeshResult plain = new MaxMinFairMilpAssociation(MilpOptions.defaults()).solve(inst);
        FairMeshResult lex = new MaxMinFairMilpAssociation(MilpOptions.defaults().withLexicographic(true)).solve(inst);

        assertThat(lex.status()).isEqualTo(SolveStatus.OPTIMAL);
        assertThat(FeasibilityChecker.violations(inst, lex)).isEmpty();
        assertThat(lex.minRateBps()).isCloseTo(plain.minRateBps(), within(1e-5 * plain.minRateBps()));
        assertThat(lex.users().stream().mapToDouble(UserRate::rateBps).max().orElseThrow())
                .as("instance where levels differ").isGreaterThan(lex.minRateBps() * 1.01);

        Map<String, String> association = new HashMap<>();
        lex.users().forEach(u -> association.put(u.id(), u.map()));
        Set<LinkRef> usable = routing == RoutingMode.MULTI_PATH ? null : usedLinks(lex);
        for (UserRate user : lex.users()) {
            Map<String, Double> keep = new HashMap<>();
            for (UserRate other : lex.users()) {
                // users at the same level differ by solver tolerance (a few bit/s): compare with 1e-4
                if (!other.id().equals(user.id()) && other.rateBps() <= user.rateBps() * (1 + 1e-4)) {
                    keep.put(other.id(), other.rateBps() * (1 - 1e-6));
                }
            }
            double best = ReferenceLp.maxRateOfUserBps(inst, association, usable, keep, user.id());
            assertThat(best).as("user %s can gain without hurting poorer users", user.id())
                    .isLessThanOrEqualTo(user.rateBps() * (1 + 1e-3));
        }
    }

    private static Set<LinkRef> usedLinks(FairMeshResult result) {
        Set<LinkRef> links = new HashSet<>();
        for (LinkFlow flow : result.linkFlows()) {
            links.add(new LinkRef(flow.from(), flow.to()));
        }
        return links;
    }
}
