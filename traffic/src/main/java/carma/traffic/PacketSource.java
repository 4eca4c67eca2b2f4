package carma.traffic;

/**
 * A packet-level traffic model: the packets of one session of one user (or one flow).
 *
 * <p>Contract:
 * <ul>
 *   <li>A source is created active, with its session starting at a given time; {@link
 *       #restart(long)} begins a new session later (sources are reused across sessions so that
 *       steady-state generation never allocates).</li>
 *   <li>{@link #generate(long, long, PacketSink)} emits, in non-decreasing time order, exactly the
 *       packets whose arrival time lies in {@code [fromNs, toNs)}. Callers pass consecutive
 *       windows; the packets do not depend on how the time line is cut into windows. Packets
 *       that fall into a gap the caller skipped (a window starting later than the previous one
 *       ended) are drawn and dropped, so the random stream, and later packets, are unchanged.</li>
 *   <li>Generation is allocation-free.</li>
 *   <li>A source is not thread-safe, except where a class says otherwise.</li>
 * </ul>
 */
public interface PacketSource {
    /** Emits the packets arriving in {@code [fromNs, toNs)}, in time order. */
    void generate(long fromNs, long toNs, PacketSink sink);

    /**
     * Starts a new session at {@code startNs}: forgets the state of the previous session. The
     * next window should not start before {@code startNs} (earlier windows emit nothing).
     */
    void restart(long startNs);

    /**
     * True when the current session will emit no more packets (e.g. the last packet call of a
     * web session is over). Sources whose sessions are ended from outside (by the session
     * process) return false.
     */
    default boolean finished() {
        return false;
    }
}
