package carma.ran.emulator;

import carma.radio.deployment.Technology;
import carma.ran.schedule.RequestRanking;
import carma.ran.schedule.Scheduler;
import carma.ran.user.CellMembers;
import carma.ran.user.PacketBuffers;
import carma.ran.user.UserTable;

/**
 * What the three air interfaces share around their technology-specific transmission step: the
 * walk over the technology's cells with backlog, the channel quality of the scheduling interval
 * (recomputed with fading or when the link changed, the cached report otherwise), the requests of
 * a cell (its backlogged members ranked by class priority, then the scheduler's criterion), and the
 * reports the requesters make after the interval. A subclass supplies how the channel quality is
 * computed ({@link #channelDb}), what a report stores besides the quality ({@link #storeReport}) and
 * the scheduling of one cell ({@link #scheduleCell}). Nothing here allocates per interval.
 */
abstract class CellAir implements AirInterface {
    private static final long LOAD_INTERVAL_NS = 10_000_000L;
    protected final RadioEnvironment radio;
    protected final UserTable users;
    protected final PacketBuffers buffers;
    protected final Delivery delivery;
    protected final RanStatistics stats;
    protected final FastFading fading;
    protected final Reports reports;
    protected final RequestRanking ranking;
    protected final int uut;
    /** The channel quality (dB) of each user in the current scheduling interval. */
    protected final double[] qualityNowDb;
    private final Technology technology;
    private final CellMembers backlog;
    private final Scheduler scheduler;
    private final int[] cells;
    private final double[] loadSum;
    private int loadIntervals;

    CellAir(Technology technology, RadioEnvironment radio, UserTable users, PacketBuffers buffers, CellMembers backlog,
            Delivery delivery, RanStatistics stats, FastFading fading, Scheduler scheduler, Reports reports, int uut) {
        this.technology = technology;
        this.radio = radio;
        this.users = users;
        this.buffers = buffers;
        this.backlog = backlog;
        this.delivery = delivery;
        this.stats = stats;
        this.fading = fading;
        this.scheduler = scheduler;
        this.reports = reports;
        this.ranking = new RequestRanking(users.size());
        this.cells = radio.cellsOf(technology);
        this.uut = uut;
        this.qualityNowDb = new double[users.size()];
        this.loadSum = new double[radio.cells()];
    }

    @Override
    public final Technology technology() {
        return technology;
    }

    /**
     * Schedules every cell of the technology that has backlog, for interval number {@code interval};
     * the resources of every cell count as offered in every interval, backlog or not.
     */
    protected final void scheduleBackloggedCells(long interval, long nowNs) {
        loadIntervals++;
        for (int c : cells) {
            if (backlog.count(c) > 0) {
                scheduleCell(c, interval, nowNs);
            } else {
                stats.recordIdle(c, resourcesPerInterval());
            }
        }
    }

    /** The load of cell {@code c} in the scheduling interval (0…1; see {@link #txShare}); idle cells count 0. */
    protected final void recordLoad(int c, double load) {
        loadSum[c] += load;
    }

    @Override
    public final void closeLoadInterval() {
        if (loadIntervals == 0) {
            return; // no scheduling interval since the last close (GERAN between radio blocks): unchanged
        }
        for (int c : cells) {
            radio.setTxShare(c, txShare(loadSum[c] / loadIntervals));
            loadSum[c] = 0;
        }
        loadIntervals = 0;
    }

    /** The share of its full power a cell transmits at the mean load {@code meanLoad} of the interval. */
    protected abstract double txShare(double meanLoad);

    /** The radio resource a cell offers in one scheduling interval (codes, timeslots, airtime in ‰). */
    protected abstract int resourcesPerInterval();

    /** One scheduling interval of cell {@code c} (which has backlog). */
    protected abstract void scheduleCell(int c, long interval, long nowNs);

    /**
     * Refreshes the channel quality of the cell's members and fills {@link #ranking} with those whose
     * buffer is not empty; returns whether the user under test requested.
     */
    protected final boolean collectRequests(int c, long nowNs) {
        ranking.clear();
        reports.at(nowNs);
        boolean uutBacklogged = false;
        // interference follows the load measured per 10 ms: refreshed in the interval's first TTI
        boolean newLoadInterval = nowNs % LOAD_INTERVAL_NS == 0;
        int n = backlog.count(c);
        for (int i = 0; i < n; i++) {
            int u = backlog.member(c, i);
            if (newLoadInterval) {
                radio.refreshInterference(u);
            }
            refreshQuality(u, nowNs);
            if (hasDataToSend(u, nowNs)) {
                ranking.add(u, users.classPriority[u], scheduler, reports);
                uutBacklogged |= u == uut;
            }
        }
        return uutBacklogged;
    }

    /** Whether u requests a transmission now: it has bits to send (and, with HARQ, a block or a process ready). */
    protected boolean hasDataToSend(int u, long nowNs) {
        return !buffers.isEmpty(u);
    }

    /** The channel now: recomputed with fading, or when the link changed; otherwise the cached report. */
    protected void refreshQuality(int u, long nowNs) {
        qualityNowDb[u] = fading.enabled() || users.channelDirty[u] ? channelDb(u, nowNs) : users.qualityDb[u];
    }

    /** After the interval, the requesters whose channel may have changed report the quality they had in it. */
    protected final void reportRequesters() {
        for (int i = 0, m = ranking.size(); i < m; i++) {
            int u = ranking.user(i);
            if (fading.enabled() || users.channelDirty[u]) {
                setReport(u, qualityNowDb[u]);
            }
        }
    }

    protected final void setReport(int u, double qualityDb) {
        users.channelDirty[u] = false;
        users.qualityDb[u] = qualityDb;
        storeReport(u, qualityDb);
    }

    @Override
    public final void report(int u, long nowNs) {
        setReport(u, channelDb(u, nowNs));
    }

    /** The technology's channel quality of user {@code u} at {@code nowNs} (C/I, SNR or chip SINR), dB. */
    protected abstract double channelDb(int u, long nowNs);

    /** Stores what a report at this quality means for the technology: {@code users.cqi} and {@code users.rateBps}. */
    protected abstract void storeReport(int u, double qualityDb);
}
