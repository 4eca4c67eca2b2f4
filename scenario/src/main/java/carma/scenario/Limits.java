package carma.scenario;

/**
 * The sizes a scenario may ask for (docs/scenario-format.md, "Limits"). A run is refused at
 * reading, with the key and its line, before anything is allocated. The limits follow what one
 * machine of the project's kind (2 cores, 24 GiB) runs: a larger study is a sweep or a partitioned
 * emulation, not one bigger run.
 */
public final class Limits {
    /** Simulated time: about three years (SimTime holds 292 years of nanoseconds). */
    public static final double MAX_DURATION_S = 1e8;
    /** Emulated RAN users in all groups together (the real-time aim is 50,000 to 100,000). */
    public static final long MAX_RAN_USERS = 1_000_000;
    /** Mesh nodes: the medium and the routing keep node × node state (800 nodes: about 0.5 GB). */
    public static final int MAX_MESH_NODES = 2_000;
    /** Samples per queue of the validation model (durationS / sampleIntervalMs). */
    public static final long MAX_SAMPLES = 100_000_000;
    /** Datagrams all periodic mesh flows together send in a run (each is several events). */
    public static final long MAX_PACKETS = 1_000_000_000;
    /** Bytes of a scenario file. */
    public static final long MAX_FILE_BYTES = 10_000_000;
    /** What a limit's message says about raising it. */
    public static final String HOW_TO_RAISE = "a limit of this carma version (docs/scenario-format.md, Limits):"
            + " split the study into several runs or a sweep";

    private Limits() {}
}
