package carma.server.run;

import java.util.Map;

/**
 * A run as {@code GET /api/runs/{id}} shows it: state, simulated time reached and the end time,
 * wall time since start, the real-time tick lateness (empty offline), and the outcome once finished.
 */
public record RunStatus(long id, String name, String state, String clock, double simulatedS, double durationS,
        double wallS, Map<String, Object> tickLateness, String outcome, String outDir, String createdBy,
        String createdAt) {}
