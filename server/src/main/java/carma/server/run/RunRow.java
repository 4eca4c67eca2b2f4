package carma.server.run;

/** A run as the database keeps it (across restarts: a run that was running when the server died is failed). */
public record RunRow(long id, String name, RunState state, String outcome, String outDir, String createdBy,
        String createdAt) {}
