package carma.traffic.session;

import carma.kernel.random.RandomStream;
import carma.kernel.time.SimTime;

/**
 * The session level of one service for a population of users (AROMA paper §5.2.5; see {@link
 * SessionParameters}): first sessions start uniformly over the initial spread; each session lasts
 * an exponential holding time; after it, the user is idle for an exponential time (Poisson
 * requests, at most one session per user and service) before the next session starts. Or the
 * population starts in its stationary distribution ({@link SessionStart#STATIONARY}).
 *
 * <p>Each user has one pending event (its next start or end) in an indexed heap, so a tick costs
 * O(k log n) for k events and allocates nothing. Events are reported in (time, user index) order.
 *
 * <p>Each user draws from its own stream, seeded in user order from the stream given to the
 * constructor, so one user's sessions do not depend on the others: dropping a session or
 * rejecting it at admission changes that user's later sessions only (common random numbers when
 * comparing RRM policies).
 */
public final class SessionProcess {
    private final SessionParameters parameters;
    private final RandomStream[] userStreams;
    private final boolean[] active;
    private final SessionEventHeap events;
    private int activeCount;

    public SessionProcess(int userCount, SessionParameters parameters, RandomStream stream) {
        this(userCount, parameters, SessionStart.RAMP, stream);
    }

    /**
     * A population starting as {@code start} says: the paper's ramp, or in the stationary
     * distribution (sessions active at time 0 are reported as starting at time 0).
     */
    public SessionProcess(int userCount, SessionParameters parameters, SessionStart start, RandomStream stream) {
        if (userCount < 0) {
            throw new IllegalArgumentException("userCount must not be negative: " + userCount);
        }
        this.parameters = parameters;
        this.userStreams = new RandomStream[userCount];
        this.active = new boolean[userCount];
        long[] firstStartsNs = new long[userCount];
        for (int user = 0; user < userCount; user++) {
            userStreams[user] = new RandomStream(stream.nextLong());
            firstStartsNs[user] = switch (start) {
                case RAMP -> SimTime.nanosOfSeconds(userStreams[user].uniform(0, parameters.initialSpreadS()));
                case STATIONARY -> userStreams[user].nextDouble() < parameters.activeFraction() ? 0
                        : exponentialNs(user, parameters.meanIdleS());
            };
        }
        this.events = new SessionEventHeap(firstStartsNs);
    }

    /**
     * Reports, in time order, every session start and end due before {@code toNs} and not yet
     * reported. Called once per tick with {@code toNs} the tick's end.
     */
    public void advance(long toNs, SessionListener listener) {
        while (!events.isEmpty() && events.minTimeNs() < toNs) {
            int user = events.minUser();
            long atNs = events.minTimeNs();
            if (active[user]) {
                finish(user, atNs);
                listener.onSessionEnd(user, atNs);
            } else {
                active[user] = true;
                activeCount++;
                events.update(user, atNs + Math.max(1, exponentialNs(user, parameters.meanHoldingS())));
                listener.onSessionStart(user, atNs);
            }
        }
    }

    /**
     * Ends a user's active session now, from outside (dropping, admission rejection): no end is
     * reported for it, and the user's next request follows an exponential idle time.
     *
     * @return true if the user had an active session
     */
    public boolean endSession(int userIndex, long nowNs) {
        if (!active[userIndex]) {
            return false;
        }
        finish(userIndex, nowNs);
        return true;
    }

    private void finish(int user, long atNs) {
        active[user] = false;
        activeCount--;
        events.update(user, atNs + exponentialNs(user, parameters.meanIdleS()));
    }

    public boolean isActive(int userIndex) {
        return active[userIndex];
    }

    /** Time of the user's next session start (if idle) or end (if active), ns. */
    public long nextEventNs(int userIndex) {
        return events.timeNs(userIndex);
    }

    public int activeCount() {
        return activeCount;
    }

    public int userCount() {
        return active.length;
    }

    public SessionParameters parameters() {
        return parameters;
    }

    private long exponentialNs(int user, double meanS) {
        return SimTime.nanosOfSeconds(userStreams[user].exponential(meanS));
    }
}
