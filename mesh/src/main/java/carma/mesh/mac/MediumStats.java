package carma.mesh.mac;

/** Counters of one medium (read at the end of a run). */
public final class MediumStats {
    long attempts;
    long successes;
    long failures;
    long drops;

    public long attempts() {
        return attempts;
    }

    /** Acknowledged unicast exchanges. */
    public long successes() {
        return successes;
    }

    /** Failed unicast attempts (collision or channel error). */
    public long failures() {
        return failures;
    }

    /** Unicast frames dropped after the retry limit. */
    public long drops() {
        return drops;
    }
}
