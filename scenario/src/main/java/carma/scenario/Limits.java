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
    /** Mesh nodes: node × node matrices (links, carrier sense, routes). */
    public static final int MAX_MESH_NODES = 2_000;
    /** Mesh flows. */
    public static final int MAX_MESH_FLOWS = 100_000;
    /** Items of any one list (services, user groups, queues, waypoints). */
    public static final int MAX_LIST_ITEMS = 100_000;
    /** What the message says about raising a limit. */
    static final String HOW_TO_RAISE = "a limit of this carma version, see docs/scenario-format.md#limits";

    private Limits() {}
}
