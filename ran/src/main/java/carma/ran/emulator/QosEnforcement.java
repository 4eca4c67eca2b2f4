package carma.ran.emulator;

import carma.kernel.trace.TraceBus;
import carma.ran.trace.QosStatsRecord;
import carma.ran.user.CellMembers;
import carma.ran.user.PacketBuffers;
import carma.ran.user.UserTable;
import carma.traffic.QosClass;
import carma.traffic.session.ServiceProfile;
import java.util.Arrays;

/**
 * Enforces the sessions' QoS attributes (TS 23.107): before each TTI, packets older than their
 * service's transfer delay are discarded; at the end of every statistics interval each session
 * with a delay bound or a guaranteed bit rate is judged: its QoS is unmet in the interval when it
 * lost a packet to the delay bound, or when it received less than its guaranteed bit rate while
 * data was still waiting. A session unmet for {@link QosParameters#dropAfterUnmetNs()} is dropped.
 * Per-class totals after the warm-up are published at the end of the run.
 */
final class QosEnforcement {
    private static final QosClass[] CLASSES = QosClass.values();
    private static final long NEVER = Long.MIN_VALUE;
    private final UserTable users;
    private final PacketBuffers buffers;
    private final Delivery delivery;
    private final CellMembers backlog;
    private final QosParameters p;
    private final long warmupNs;
    private final long[] transferDelayNs;
    private final long[] guaranteedBps;
    private final boolean[] tracked;
    private final long[] deliveredBitsMark;
    private final boolean[] expiredInInterval;
    private final long[] unmetSinceNs;
    private final long[] classExpired = new long[CLASSES.length];
    private final double[] classTrackedS = new double[CLASSES.length];
    private final double[] classUnmetS = new double[CLASSES.length];
    private final long[] classDrops = new long[CLASSES.length];

    QosEnforcement(UserTable users, PacketBuffers buffers, Delivery delivery, CellMembers backlog, Services services,
            QosParameters p, long warmupNs) {
        this.backlog = backlog;
        this.users = users;
        this.buffers = buffers;
        this.delivery = delivery;
        this.p = p;
        this.warmupNs = warmupNs;
        transferDelayNs = new long[services.size()];
        guaranteedBps = new long[services.size()];
        for (int s = 0; s < services.size(); s++) {
            ServiceProfile profile = services.get(s).profile();
            transferDelayNs[s] = profile.transferDelayNs();
            guaranteedBps[s] = profile.guaranteedBitRateBps();
        }
        int n = users.size();
        tracked = new boolean[n];
        deliveredBitsMark = new long[n];
        expiredInInterval = new boolean[n];
        unmetSinceNs = new long[n];
        Arrays.fill(unmetSinceNs, NEVER);
    }

    /** Before the cells' TTI: discards their backlogged users' packets older than the transfer delay. */
    void discardExpired(int[] cells, long nowNs) {
        if (!p.discardExpired()) {
            return;
        }
        for (int c : cells) {
            for (int i = backlog.count(c) - 1; i >= 0; i--) { // backwards: a user leaving is swapped with the last
                discardExpired(backlog.member(c, i), nowNs);
            }
        }
    }

    private void discardExpired(int u, long nowNs) {
        long bound = transferDelayNs[users.service[u]];
        if (bound == ServiceProfile.NO_DELAY_BOUND) {
            return;
        }
        boolean any = false;
        while (!buffers.isEmpty(u) && nowNs - buffers.headArrivalNs(u) > bound) {
            delivery.discardHead(u, nowNs, DiscardReason.TRANSFER_DELAY);
            any = true;
            if (nowNs >= warmupNs) {
                classExpired[users.classPriority[u]]++;
            }
        }
        if (any) {
            expiredInInterval[u] = true;
            delivery.leaveBacklogIfEmpty(u);
        }
    }

    /**
     * End of a statistics interval of {@code intervalNs}: judges every active session; returns
     * the number of users to drop, written to {@code drop}.
     */
    int endInterval(long nowNs, long intervalNs, int[] drop) {
        int drops = 0;
        boolean counting = nowNs - intervalNs >= warmupNs;
        for (int u = 0; u < users.size(); u++) {
            if (!users.active[u]) {
                continue;
            }
            int s = users.service[u];
            if (transferDelayNs[s] == ServiceProfile.NO_DELAY_BOUND && guaranteedBps[s] == 0) {
                continue;
            }
            long delivered = users.deliveredBits[u] - deliveredBitsMark[u];
            deliveredBitsMark[u] = users.deliveredBits[u];
            boolean whole = tracked[u];
            tracked[u] = true;
            if (!whole) {
                expiredInInterval[u] = false;
                continue; // the session started during the interval
            }
            boolean unmet = expiredInInterval[u]
                    || (delivered < guaranteedBps[s] * (intervalNs / 1e9) && !buffers.isEmpty(u));
            expiredInInterval[u] = false;
            if (counting) {
                classTrackedS[users.classPriority[u]] += intervalNs / 1e9;
                classUnmetS[users.classPriority[u]] += unmet ? intervalNs / 1e9 : 0;
            }
            if (!unmet) {
                unmetSinceNs[u] = NEVER;
                continue;
            }
            if (unmetSinceNs[u] == NEVER) {
                unmetSinceNs[u] = nowNs - intervalNs;
            }
            if (p.dropAfterUnmetNs() > 0 && nowNs - unmetSinceNs[u] >= p.dropAfterUnmetNs()) {
                drop[drops++] = u;
                if (counting) {
                    classDrops[users.classPriority[u]]++;
                }
            }
        }
        return drops;
    }

    /** Per-user marks follow the reset of the per-user statistics at the end of the warm-up. */
    void warmupEnded() {
        Arrays.fill(deliveredBitsMark, 0);
    }

    void sessionEnded(int u) {
        tracked[u] = false;
        expiredInInterval[u] = false;
        unmetSinceNs[u] = NEVER;
    }

    void publishTotals(TraceBus bus, long nowNs) {
        if (!bus.wants(QosStatsRecord.class)) {
            return;
        }
        for (QosClass k : CLASSES) {
            int i = k.ordinal();
            bus.publish(new QosStatsRecord(nowNs, k.name(), classExpired[i], classTrackedS[i], classUnmetS[i],
                    classDrops[i]));
        }
    }
}
