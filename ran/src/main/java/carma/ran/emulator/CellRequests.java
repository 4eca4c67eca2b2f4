package carma.ran.emulator;

import carma.ran.schedule.RequestRanking;
import carma.ran.schedule.Scheduler;
import carma.ran.user.CellMembers;
import carma.ran.user.PacketBuffers;
import carma.ran.user.UserTable;

/**
 * The step every air interface shares at the start of a cell's scheduling interval: refresh the
 * channel quality of the cell's members, and put those with a non-empty buffer into the ranking
 * (class priority first, then the scheduler's criterion). The technology-specific part, how the
 * quality is computed and stored, is a {@link QualityRefresh} the air interface creates once, so
 * the per-TTI call allocates nothing.
 */
final class CellRequests {
    /** Recomputes and stores user {@code u}'s current channel quality. */
    @FunctionalInterface
    interface QualityRefresh {
        void refresh(int u, long nowNs);
    }

    private final UserTable users;
    private final PacketBuffers buffers;
    private final CellMembers backlog;
    private final Scheduler scheduler;
    private final Reports reports;
    private final RequestRanking ranking;
    private final int uut;

    CellRequests(UserTable users, PacketBuffers buffers, CellMembers backlog, Scheduler scheduler, Reports reports,
            RequestRanking ranking, int uut) {
        this.users = users;
        this.buffers = buffers;
        this.backlog = backlog;
        this.scheduler = scheduler;
        this.reports = reports;
        this.ranking = ranking;
        this.uut = uut;
    }

    /** Fills the ranking for cell {@code c}; returns whether the user under test requested. */
    boolean collect(int c, long nowNs, QualityRefresh quality) {
        ranking.clear();
        reports.at(nowNs);
        boolean uutBacklogged = false;
        int n = backlog.count(c);
        for (int i = 0; i < n; i++) {
            int u = backlog.member(c, i);
            quality.refresh(u, nowNs);
            if (!buffers.isEmpty(u)) {
                ranking.add(u, users.classPriority[u], scheduler, reports);
                uutBacklogged |= u == uut;
            }
        }
        return uutBacklogged;
    }
}
