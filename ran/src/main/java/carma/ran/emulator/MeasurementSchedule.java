package carma.ran.emulator;

import carma.radio.mobility.MacrocellularMobility;
import carma.ran.trace.SessionRecord.SessionEvent;
import carma.ran.user.UserTable;

/**
 * Runs every attached user's measurement once per measurement period, spread evenly over the
 * 10 ms loops (user u in the loops where {@code loop ≡ u mod period}), and drops the sessions
 * whose radio-link-failure timer expired. It also measures the exposure that handover rates are
 * counted against after the warm-up: active user-time and distance travelled with a session.
 */
final class MeasurementSchedule {
    /** Position jumps longer than this within one period are wrap-arounds of the area, not travel. */
    private static final double MAX_STEP_M = 100;
    private final UserTable users;
    private final MacrocellularMobility mobility;
    private final HandoverControl handovers;
    private final SessionControl sessions;
    private final long periodNs;
    private final long periodTicks;
    private final long warmupNs;
    private final double[] lastXM;
    private final double[] lastYM;
    private final boolean[] tracked;
    private double activeUserNs;
    private double distanceM;

    MeasurementSchedule(UserTable users, MacrocellularMobility mobility, HandoverControl handovers,
            SessionControl sessions, long tickNs, long warmupNs) {
        this.users = users;
        this.mobility = mobility;
        this.handovers = handovers;
        this.sessions = sessions;
        this.periodTicks = Math.max(1, Math.round(handovers.parameters().measurementPeriodNs() / (double) tickNs));
        this.periodNs = periodTicks * tickNs;
        this.warmupNs = warmupNs;
        int n = users.size();
        lastXM = new double[n];
        lastYM = new double[n];
        tracked = new boolean[n];
    }

    void run(long nowNs, long tickIndex) {
        int n = users.size();
        boolean counting = nowNs >= warmupNs;
        for (int u = (int) (tickIndex % periodTicks); u < n; u += (int) periodTicks) {
            if (!users.active[u] || users.servingCell[u] < 0) {
                tracked[u] = false;
                continue;
            }
            account(u, counting);
            if (!handovers.evaluate(u, nowNs)) {
                sessions.end(u, nowNs, SessionEvent.DROPPED, "radio link failure");
            }
        }
    }

    private void account(int u, boolean counting) {
        double x = mobility.xM(u);
        double y = mobility.yM(u);
        if (tracked[u] && counting) {
            double dx = x - lastXM[u];
            double dy = y - lastYM[u];
            double step = Math.sqrt(dx * dx + dy * dy);
            if (step <= MAX_STEP_M) {
                distanceM += step;
            }
            activeUserNs += periodNs;
        }
        lastXM[u] = x;
        lastYM[u] = y;
        tracked[u] = true;
    }

    void publishTotals(long nowNs) {
        handovers.publishTotals(nowNs, activeUserNs / 3.6e12, distanceM / 1000);
    }
}
