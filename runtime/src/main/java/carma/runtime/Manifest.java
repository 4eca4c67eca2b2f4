package carma.runtime;

import java.util.Map;

/** {@code manifest.json}: what ran, from which code, how fast. */
public record Manifest(String carmaVersion, String gitRevision, String scenario, long seed, String scenarioSha256,
        String startTime, String clockMode, double simulatedS, double wallS, double speedRatio, long events,
        String outcome, String javaVersion, int processors, Map<String, Object> tickLateness) {}
