package carma.traffic.session;

/**
 * Receives the session starts and ends a {@link SessionProcess} decides, in time order. Users are
 * the process's dense indices {@code 0 .. userCount−1} (the caller maps them to its user ids), so
 * that the per-tick path allocates nothing.
 */
public interface SessionListener {
    void onSessionStart(int userIndex, long startNs);

    void onSessionEnd(int userIndex, long endNs);
}
