package carma.traffic.session;

/**
 * Session level of one service (AROMA paper §5.2.5): each user requests sessions as a Poisson
 * process of rate {@code sessionsPerHour}; a session lasts an exponential time of mean {@code
 * meanHoldingS}; each user's first session starts uniformly in {@code [0, initialSpreadS)}.
 *
 * <p>A user holds at most one session of a service; a request arriving while one is active is
 * ignored. By memorylessness this is the same as an exponential idle time of mean {@code 3600 /
 * sessionsPerHour} after each session, so sessions start at the rate {@code λ / (1 + λ·h)} per
 * user ({@link #startedSessionsPerSecond()}).
 *
 * @param sessionsPerHour session request rate of an idle user, per hour (positive)
 * @param meanHoldingS mean session duration, s (positive)
 * @param initialSpreadS the first sessions start uniformly over {@code [0, initialSpreadS)} s
 *     (positive)
 */
public record SessionParameters(double sessionsPerHour, double meanHoldingS, double initialSpreadS) {
    public SessionParameters {
        if (!(sessionsPerHour > 0) || !Double.isFinite(sessionsPerHour)) {
            throw new IllegalArgumentException("sessionsPerHour must be positive and finite: " + sessionsPerHour);
        }
        if (!(meanHoldingS > 0) || !Double.isFinite(meanHoldingS)) {
            throw new IllegalArgumentException("meanHoldingS must be positive and finite: " + meanHoldingS);
        }
        if (!(initialSpreadS > 0) || !Double.isFinite(initialSpreadS)) {
            throw new IllegalArgumentException("initialSpreadS must be positive and finite: " + initialSpreadS);
        }
    }

    /** AROMA's typical voice user: 1 call per hour, 120 s per call, first calls over 100 s. */
    public static SessionParameters aromaVoice() {
        return new SessionParameters(1.0, 120.0, 100.0);
    }

    /** Mean idle time between sessions, s. */
    public double meanIdleS() {
        return 3600.0 / sessionsPerHour;
    }

    /** Long-run rate of started sessions per user, 1/s: {@code 1 / (meanIdle + meanHolding)}. */
    public double startedSessionsPerSecond() {
        return 1.0 / (meanIdleS() + meanHoldingS);
    }

    /** Long-run fraction of time a user has an active session. */
    public double activeFraction() {
        return meanHoldingS / (meanIdleS() + meanHoldingS);
    }
}
