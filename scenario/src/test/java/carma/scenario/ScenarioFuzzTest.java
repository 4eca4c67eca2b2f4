package carma.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import carma.scenario.yaml.ScenarioException;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
import java.util.List;

/**
 * Issue 10: coverage-guided fuzzing of the scenario reader and assembler (Jazzer; seeded, bounded;
 * docs/robustness.md); the simulator is not run. Lines {@code #set PATH=VALUE} at the top of an input
 * are applied as command-line overrides (they are YAML comments otherwise). Any bytes are either
 * assembled or refused with a {@link ScenarioException} whose problems are short single lines naming
 * a path; anything else thrown (an exception, an OutOfMemoryError) is a finding. Corpus (the examples,
 * the malformed files, odd numbers, anchors, overrides) and regression inputs:
 * {@code ScenarioFuzzTestInputs/readAndAssemble} in the test resources.
 */
class ScenarioFuzzTest {
    private static final String SET = "#set ";
    /** Longest problem line: a path, a short message and values shortened to about 40 characters. */
    private static final int MAX_LINE_CHARS = 400;

    @DictionaryEntries({"schemaVersion: 1\\x0A", "durationS: ", "seed: ", "clock:", "mode: realtime", "tickMs: ",
        "outputs:", "traces: ", "queue:", "queues:", "ran:", "mesh:", "nodes:", "flows:", "users:", "services:",
        "cells:", "waypoints:", "atS: ", "name: ", "- ", ": ", "\\x0A  ", "1e308", "1e-320", ".inf", ".nan", "0x7FFFFFFF",
        "99999999999999999999", "-1", "yes", "~", "&a ", "*a", "!!binary ", "[[[[[[[[", "{a: {a: {a: ", "#set "})
    @FuzzTest(maxDuration = "10s", maxExecutions = 200_000)
    void readAndAssemble(byte[] input) {
        try {
            String text = ScenarioReader.decode(input);
            List<ScenarioOverride> overrides = new ArrayList<>();
            while (text.startsWith(SET)) {
                int end = text.indexOf('\n');
                String line = end < 0 ? text : text.substring(0, end);
                overrides.add(ScenarioOverride.parse(line.substring(SET.length())));
                text = end < 0 ? "" : text.substring(end + 1);
            }
            Assembler.assemble(ScenarioReader.read(text, overrides));
        } catch (ScenarioException refused) {
            assertThat(refused.getMessage().lines()).isNotEmpty().allSatisfy(line -> assertThat(line)
                    .hasSizeLessThan(MAX_LINE_CHARS));
        }
    }
}
