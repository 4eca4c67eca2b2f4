package carma.optimization.io;

import static org.assertj.core.api.Assertions.assertThat;

import carma.optimization.heuristic.MaxMinFairHeuristicAssociation;
import carma.optimization.instance.FairMeshInstance;
import carma.optimization.instance.InvalidInstanceException;
import carma.optimization.rssi.StrongestSignalAssociation;
import carma.optimization.solution.FairMeshResult;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Issue 10: coverage-guided fuzzing of the instance reader, validator, heuristic and RSSI baseline
 * (Jazzer; seeded, bounded; docs/robustness.md). Any bytes are either an instance that both methods
 * solve to a finite, non-negative minimum rate, or refused with an {@link InvalidInstanceException}
 * whose problems are short single lines; anything else thrown is a finding. Corpus and regression
 * inputs: {@code InstanceFuzzTestInputs/readAndSolve} in the test resources.
 */
class InstanceFuzzTest {
    /** Longest problem line: a path, a short message and values shortened to about 40 characters. */
    private static final int MAX_LINE_CHARS = 400;

    @DictionaryEntries({"\"flavour\"", "\"geometric\"", "\"explicit\"", "\"routing\"", "\"single-path\"",
        "\"multi-path\"", "\"epsilon\"", "\"users\"", "\"maps\"", "\"gateway\"", "\"uplinkBps\"", "\"accessLinks\"",
        "\"meshLinks\"", "\"collisionDomains\"", "\"interferes\"", "\"link\"", "\"rateBps\"", "\"from\"", "\"to\"",
        "\"radio\"", "\"txPowerDbm\"", "\"pathLoss\"", "\"exponent\"", "\"rateTable\"", "\"phyRateBps\"",
        "\"sensitivityDbm\"", "\"macRateBps\"", "\"xM\"", "\"yM\"", "1e308", "5e-320", "-0", "1e12", "0.9999999999999999",
        "[[[[[[[[", "{\"a\":{\"a\":{\"a\":", "\"\\u0000\"", "\"\\ud800\"", "true", "null"})
    @FuzzTest(maxDuration = "10s", maxExecutions = 400_000)
    void readAndSolve(byte[] json) {
        FairMeshInstance instance;
        try {
            instance = new InstanceJsonReader().parse(json);
        } catch (InvalidInstanceException refused) {
            assertThat(refused.problems()).isNotEmpty().allSatisfy(line -> assertThat(line)
                    .doesNotContain("\n").hasSizeLessThan(MAX_LINE_CHARS));
            return;
        }
        for (FairMeshResult result : new FairMeshResult[] {new MaxMinFairHeuristicAssociation().solve(instance),
            new StrongestSignalAssociation().solve(instance)}) {
            assertThat(result.minRateBps()).isFinite().isGreaterThanOrEqualTo(0.0);
        }
    }
}
