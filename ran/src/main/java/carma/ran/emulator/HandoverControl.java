package carma.ran.emulator;

import carma.kernel.trace.TraceBus;
import carma.radio.deployment.Technology;
import carma.ran.trace.HandoverRecord;
import carma.ran.trace.MobilityStatsRecord;
import carma.ran.user.UserTable;
import java.util.Arrays;

/**
 * Handover decisions (AROMA paper §5.2.4 with 3GPP measurement practice) for a user with an
 * active session, at each of its measurements: layer-3 filtered broadcast levels
 * ({@link FilteredMeasurements}); vertical first (CRRM: a reachable RAN with a larger preference
 * weight, its filtered level above threshold + vertical margin), then horizontal (the strongest
 * cell of the serving RAN exceeds the serving cell by the technology's hysteresis, or the serving
 * cell is no longer reachable), then, with the serving cell lost, any reachable RAN. The same
 * candidate must satisfy its condition for the target technology's time-to-trigger and pass
 * admission with the handover threshold. A serving cell below threshold for the radio-link-failure
 * time drops the session. Execution is in {@link HandoverExecution}. A user whose measurements
 * stand still (same grid point, settled filter) with no trigger or failure timer running is not
 * re-evaluated until its grid point changes (admission is then re-checked, as before filtering).
 */
final class HandoverControl {
    static final long PING_PONG_WINDOW_NS = 10_000_000_000L;
    private static final Technology[] TECHNOLOGIES = Technology.values();
    private static final long NEVER = Long.MIN_VALUE;
    private final RadioEnvironment radio;
    private final UserTable users;
    private final Attachments attachments;
    private final HandoverParameters p;
    private final FilteredMeasurements measured;
    private final TimeToTrigger trigger;
    private final HandoverExecution execution;
    private final RanStatistics stats;
    private final TraceBus bus;
    private final int uut;
    private final long warmupNs;
    private final long[] outOfCoverageSinceNs;
    private final int[] lastFromCell;
    private final long[] lastHandoverNs;
    private long pingPongs;
    private long radioLinkFailures;

    HandoverControl(RadioEnvironment radio, UserTable users, Attachments attachments, HandoverParameters p,
            HandoverExecution execution, RanStatistics stats, TraceBus bus, int uut, long warmupNs) {
        this.radio = radio;
        this.users = users;
        this.attachments = attachments;
        this.p = p;
        this.execution = execution;
        this.stats = stats;
        this.bus = bus;
        this.uut = uut;
        this.warmupNs = warmupNs;
        int n = users.size();
        this.measured = new FilteredMeasurements(radio, users, p.filterCoefficient());
        this.trigger = new TimeToTrigger(n);
        this.outOfCoverageSinceNs = new long[n];
        Arrays.fill(outOfCoverageSinceNs, NEVER);
        this.lastFromCell = new int[n];
        Arrays.fill(lastFromCell, -1);
        this.lastHandoverNs = new long[n];
    }

    HandoverParameters parameters() {
        return p;
    }

    /**
     * One measurement of an attached user with a session: filter, then trigger, execute or wait.
     * Returns false when the radio-link-failure timer expired and the session must be dropped.
     */
    boolean evaluate(int u, long nowNs) {
        if (!measured.measure(u) && !trigger.pending(u) && outOfCoverageSinceNs[u] == NEVER) {
            return true; // constant measurements, nothing pending: the last decision stands
        }
        int serving = users.servingCell[u];
        Technology tech = radio.technologyOf(serving);
        boolean servingReachable = reachable(serving, u, 0);
        if (servingReachable) {
            outOfCoverageSinceNs[u] = NEVER;
        } else if (outOfCoverageSinceNs[u] == NEVER) {
            outOfCoverageSinceNs[u] = nowNs;
        }
        int target = candidate(u, serving, tech, servingReachable);
        boolean fire = target >= 0 && trigger.holds(u, target, nowNs, p.timeToTriggerNs(radio.technologyOf(target)));
        if (target < 0) {
            trigger.holds(u, TimeToTrigger.NONE, nowNs, 0);
        }
        if (fire) {
            handOver(u, serving, target, radio.technologyOf(target) != tech, nowNs);
            return true;
        }
        if (!servingReachable && nowNs - outOfCoverageSinceNs[u] >= p.radioLinkFailureNs()) {
            if (nowNs >= warmupNs) {
                radioLinkFailures++;
            }
            return false;
        }
        return true;
    }

    /** The cell the user should move to now, or −1. */
    private int candidate(int u, int serving, Technology tech, boolean servingReachable) {
        double bestWeight = servingReachable ? attachments.preference(u, tech) : 0;
        int vertical = -1;
        for (Technology t : TECHNOLOGIES) {
            double w = attachments.preference(u, t);
            if (t == tech || w <= bestWeight) {
                continue;
            }
            int c = measured.bestCell(t, u);
            if (c >= 0 && reachable(c, u, p.verticalMarginDb()) && attachments.admitHandover(u, c)) {
                vertical = c;
                bestWeight = w;
            }
        }
        if (vertical >= 0) {
            return vertical;
        }
        int best = measured.bestCell(tech, u);
        boolean better = best != serving && (measured.dbm(best, u) > measured.dbm(serving, u) + p.hysteresisDb(tech)
                || (!servingReachable && reachable(best, u, 0)));
        if (better && attachments.admitHandover(u, best)) {
            return best;
        }
        return servingReachable ? -1 : rescue(u, tech);
    }

    /** Serving cell lost: any reachable, admitted cell of another allowed technology, else −1. */
    private int rescue(int u, Technology tech) {
        for (Technology t : TECHNOLOGIES) {
            if (t == tech || attachments.preference(u, t) <= 0) {
                continue;
            }
            int c = measured.bestCell(t, u);
            if (c >= 0 && reachable(c, u, 0) && attachments.admitHandover(u, c)) {
                return c;
            }
        }
        return -1;
    }

    private boolean reachable(int cell, int u, double marginDb) {
        return measured.dbm(cell, u) >= p.thresholdDbm(radio.technologyOf(cell)) + marginDb;
    }

    private void handOver(int u, int from, int to, boolean vertical, long nowNs) {
        trigger.reset(u);
        outOfCoverageSinceNs[u] = NEVER;
        boolean pingPong = to == lastFromCell[u] && nowNs - lastHandoverNs[u] <= PING_PONG_WINDOW_NS;
        lastFromCell[u] = from;
        lastHandoverNs[u] = nowNs;
        if (nowNs >= warmupNs) {
            if (vertical) {
                stats.verticalHandovers++;
            } else {
                stats.horizontalHandovers++;
            }
            if (pingPong) {
                pingPongs++;
            }
        }
        if (bus.wants(HandoverRecord.class)) {
            bus.publish(new HandoverRecord(nowNs, u, u == uut, from, to, radio.technologyOf(from).name(),
                    radio.technologyOf(to).name(), vertical));
        }
        execution.start(u, to, vertical ? p.verticalInterruptionNs() : p.horizontalInterruptionNs(), nowNs);
    }

    /** The user's session ended: its measurements and timers start afresh with the next one. */
    void sessionEnded(int u) {
        measured.reset(u);
        trigger.reset(u);
        outOfCoverageSinceNs[u] = NEVER;
        lastFromCell[u] = -1;
        execution.cancel(u);
    }

    void publishTotals(long nowNs, double activeUserHours, double distanceKm) {
        if (bus.wants(MobilityStatsRecord.class)) {
            bus.publish(new MobilityStatsRecord(nowNs, stats.horizontalHandovers, stats.verticalHandovers, pingPongs,
                    PING_PONG_WINDOW_NS / 1e9, radioLinkFailures, activeUserHours, distanceKm));
        }
    }
}
