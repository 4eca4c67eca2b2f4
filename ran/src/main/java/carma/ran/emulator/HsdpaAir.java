package carma.ran.emulator;

import carma.radio.deployment.Technology;
import carma.radio.link.BlerCurves;
import carma.radio.link.Decibels;
import carma.radio.link.HsdpaCqiTable;
import carma.radio.link.SinrToCqi;
import carma.ran.schedule.RequestRanking;
import carma.ran.schedule.Scheduler;
import carma.ran.user.CellMembers;
import carma.ran.user.PacketBuffers;
import carma.ran.user.UserTable;
import carma.kernel.random.RandomStream;

/**
 * HSDPA per 2 ms TTI and cell (AROMA §5.3 loop, repeated 5 times per 10 ms): backlogged users
 * request; the requests are ranked (class, then the scheduler); HS-PDSCH codes are handed out in
 * rank order (at most {@code maxUsersPerTti} users; each gets the smallest Table 7E format that
 * empties its buffer, not above its reported CQI nor above the codes left); each transport block is
 * decided by a BLER draw at the SINR of the TTI (with HARQ chase combining, SINR + 10·log10(n) at
 * the n-th transmission); then every user reports its CQI for the next TTI.
 */
final class HsdpaAir implements AirInterface {
    private final RadioEnvironment radio;
    private final UserTable users;
    private final PacketBuffers buffers;
    private final CellMembers backlog;
    private final Delivery delivery;
    private final RanStatistics stats;
    private final FastFading fading;
    private final Scheduler scheduler;
    private final Reports reports;
    private final HsdpaParameters p;
    private final HsdpaCqiTable cqiTable;
    private final SinrToCqi sinrToCqi;
    private final BlerCurves bler;
    private final RandomStream blockDraws;
    private final RequestRanking ranking;
    private final CellRequests cellRequests;
    private final CellRequests.QualityRefresh refresh = this::refreshQuality;
    private final int[] cells;
    private final int uut;
    private final double[] sinrNowDb;

    HsdpaAir(RadioEnvironment radio, UserTable users, PacketBuffers buffers, CellMembers backlog, Delivery delivery,
            RanStatistics stats, FastFading fading, Scheduler scheduler, HsdpaParameters p, HsdpaCqiTable cqiTable,
            SinrToCqi sinrToCqi, BlerCurves bler, RandomStream blockDraws, int uut) {
        this.radio = radio;
        this.users = users;
        this.buffers = buffers;
        this.backlog = backlog;
        this.delivery = delivery;
        this.stats = stats;
        this.fading = fading;
        this.scheduler = scheduler;
        this.reports = new Reports(users, HsdpaCqiTable.TTI_NS, p.pfTimeConstantTtis());
        this.p = p;
        this.cqiTable = cqiTable;
        this.sinrToCqi = sinrToCqi;
        this.bler = bler;
        this.blockDraws = blockDraws;
        this.ranking = new RequestRanking(users.size());
        this.cells = radio.cellsOf(Technology.UTRAN);
        this.uut = uut;
        this.sinrNowDb = new double[users.size()];
        this.cellRequests = new CellRequests(users, buffers, backlog, scheduler, reports, ranking, uut);
    }

    @Override
    public Technology technology() {
        return Technology.UTRAN;
    }

    @Override
    public void tti(long nowNs) {
        long tti = nowNs / HsdpaCqiTable.TTI_NS;
        for (int c : cells) {
            if (backlog.count(c) > 0) {
                scheduleCell(c, tti, nowNs);
            }
        }
    }

    private void scheduleCell(int c, long tti, long nowNs) {
        boolean faded = fading.enabled();
        boolean uutBacklogged = cellRequests.collect(c, nowNs, refresh);
        int requests = ranking.size();
        int codesLeft = p.hsPdschCodes();
        int usersLeft = p.maxUsersPerTti();
        int accepted = 0;
        int uutCodes = 0;
        // draw in rank order until the codes or the HS-SCCHs run out; the rest are rejected
        while (ranking.hasNext() && codesLeft > 0 && usersLeft > 0) {
            int u = ranking.next();
            int codes = transmit(u, c, codesLeft, tti, nowNs);
            if (codes > 0) {
                codesLeft -= codes;
                usersLeft--;
                accepted++;
                if (u == uut) {
                    uutCodes = codes;
                }
            }
        }
        stats.recordTti(c, requests, accepted, p.hsPdschCodes() - codesLeft, p.hsPdschCodes());
        if (uutBacklogged) {
            stats.recordUut(true, uutCodes > 0, uutCodes);
        }
        if (faded) {
            for (int i = 0, m = ranking.size(); i < m; i++) {
                int u = ranking.user(i);
                setReport(u, sinrNowDb[u]);
            }
        }
    }

    /** Sends one transport block to u; returns the codes used (0: not served, CQI out of range). */
    private int transmit(int u, int c, int codesLeft, long tti, long nowNs) {
        int fmt = cqiTable.cqiForCodes(users.cqi[u], codesLeft);
        if (fmt <= 0) {
            return 0;
        }
        long buffered = buffers.bufferedBits(u);
        while (fmt > 1 && cqiTable.tbsBits(fmt - 1) >= buffered) {
            fmt--;
        }
        int tbs = cqiTable.tbsBits(fmt);
        int bits = (int) Math.min(tbs, buffered);
        double combiningDb = users.transmissions[u] == 0 ? 0 : Decibels.toDb(users.transmissions[u] + 1);
        double errorRate = bler.bler(fmt - 1, sinrNowDb[u] + combiningDb);
        long endNs = nowNs + HsdpaCqiTable.TTI_NS;
        if (blockDraws.nextDouble() >= errorRate) {
            delivery.blockSucceeded(u, c, bits, endNs);
            reports.served(u, bits);
        } else {
            delivery.blockFailed(u, bits, endNs, p.maxTransmissions());
            reports.served(u, 0);
        }
        users.lastServedTti[u] = tti;
        return cqiTable.codes(fmt);
    }

    private double chipSinrDb(int u, long nowNs) {
        double g = fading.powerGain(u, nowNs);
        double own = users.ownCellMw[u] * g;
        double sinr = users.signalMw[u] * g
                / ((1 - p.orthogonality()) * own + users.otherCellsMw[u] + radio.noiseMw(users.servingCell[u]));
        return Decibels.toDb(sinr);
    }

    /** The channel now (for backlogged users): recomputed with fading, or when the link changed; otherwise the cached report. */
    private void refreshQuality(int u, long nowNs) {
        sinrNowDb[u] = currentQualityDb(u, nowNs);
        if (!fading.enabled() && users.channelDirty[u]) {
            setReport(u, sinrNowDb[u]); // without fading the channel only changes when the user moves
        }
    }

    private double currentQualityDb(int u, long nowNs) {
        if (fading.enabled() || users.channelDirty[u]) {
            return chipSinrDb(u, nowNs);
        }
        return users.qualityDb[u];
    }

    private void setReport(int u, double sinrDb) {
        users.channelDirty[u] = false;
        users.qualityDb[u] = sinrDb;
        int cqi = sinrToCqi.cqi(sinrDb);
        users.cqi[u] = cqi;
        users.rateBps[u] = cqiTable.tbsBits(cqi) * 1e9 / HsdpaCqiTable.TTI_NS;
    }

    @Override
    public void report(int u, long nowNs) {
        setReport(u, chipSinrDb(u, nowNs));
    }
}
