package carma.ran.emulator;

import carma.kernel.trace.TraceBus;
import carma.radio.deployment.Technology;
import carma.ran.trace.HandoverRecord;
import carma.ran.user.UserTable;

/**
 * Handover decisions (AROMA paper §5.2.4) for a user with an active session, evaluated when its
 * propagation changed: vertical first (CRRM: a reachable RAN with a larger preference weight, its
 * broadcast channel above threshold + vertical margin), then horizontal (the strongest cell of the
 * serving RAN exceeds the serving cell by the hysteresis margin, or the serving cell is no longer
 * reachable). The target must pass admission control with the handover threshold; a user whose
 * serving cell is unreachable and who has no admitted alternative is dropped.
 */
final class HandoverControl {
    private static final Technology[] TECHNOLOGIES = Technology.values();
    private final RadioEnvironment radio;
    private final UserTable users;
    private final Attachments attachments;
    private final HandoverParameters p;
    private final RanStatistics stats;
    private final TraceBus bus;
    private final int uut;

    HandoverControl(RadioEnvironment radio, UserTable users, Attachments attachments, HandoverParameters p,
            RanStatistics stats, TraceBus bus, int uut) {
        this.radio = radio;
        this.users = users;
        this.attachments = attachments;
        this.p = p;
        this.stats = stats;
        this.bus = bus;
        this.uut = uut;
    }

    /** Returns false when the user lost coverage and must be dropped. */
    boolean evaluate(int u, long nowNs) {
        int serving = users.servingCell[u];
        Technology tech = radio.technologyOf(serving);
        boolean servingReachable = attachments.reachable(serving, u, 0);
        double currentWeight = attachments.preference(u, tech);
        int vertical = -1;
        double bestWeight = servingReachable ? currentWeight : 0;
        for (Technology t : TECHNOLOGIES) {
            double w = attachments.preference(u, t);
            if (t == tech || w <= bestWeight) {
                continue;
            }
            int c = radio.bestCell(t, u);
            if (c >= 0 && attachments.reachable(c, u, p.verticalMarginDb()) && attachments.admitHandover(u, c)) {
                vertical = c;
                bestWeight = w;
            }
        }
        if (vertical >= 0) {
            execute(u, serving, vertical, true, nowNs);
            return true;
        }
        int best = radio.bestCell(tech, u);
        double servingDbm = radio.broadcastRxDbm(serving, u);
        double bestDbm = radio.broadcastRxDbm(best, u);
        boolean trigger = best != serving
                && (bestDbm > servingDbm + p.hysteresisDb() || (!servingReachable && attachments.reachable(best, u, 0)));
        if (trigger && attachments.admitHandover(u, best)) {
            execute(u, serving, best, false, nowNs);
            return true;
        }
        if (servingReachable) {
            radio.refreshLink(u);
            return true;
        }
        return rescue(u, serving, tech, nowNs);
    }

    /** Serving cell lost: any reachable, admitted cell of an allowed technology, else drop. */
    private boolean rescue(int u, int serving, Technology tech, long nowNs) {
        for (Technology t : TECHNOLOGIES) {
            if (t == tech || attachments.preference(u, t) <= 0) {
                continue;
            }
            int c = radio.bestCell(t, u);
            if (c >= 0 && attachments.reachable(c, u, 0) && attachments.admitHandover(u, c)) {
                execute(u, serving, c, true, nowNs);
                return true;
            }
        }
        return false;
    }

    private void execute(int u, int from, int to, boolean vertical, long nowNs) {
        attachments.move(u, to, nowNs);
        if (vertical) {
            stats.verticalHandovers++;
        } else {
            stats.horizontalHandovers++;
        }
        if (bus.wants(HandoverRecord.class)) {
            bus.publish(new HandoverRecord(nowNs, u, u == uut, from, to, radio.technologyOf(from).name(),
                    radio.technologyOf(to).name(), vertical));
        }
    }
}
