package carma.ran.emulator;

import carma.kernel.random.RandomStream;
import carma.radio.deployment.Technology;
import carma.radio.link.Decibels;
import carma.radio.link.WlanRates;
import carma.ran.schedule.RequestRanking;
import carma.ran.schedule.Scheduler;
import carma.ran.user.CellMembers;
import carma.ran.user.PacketBuffers;
import carma.ran.user.UserTable;

/**
 * WLAN hotspot per 10 ms tick: the access point's airtime is shared among ranked backlogged users;
 * each sends frames at the rate its SNR allows (airtime = frame bits / effective MAC rate); every
 * frame is a frame-error draw at the SNR of the tick; failed frames are retried up to the limit and
 * cost airtime again.
 */
final class WlanAir implements AirInterface {
    private static final long TICK_NS = 10_000_000L;
    private final RadioEnvironment radio;
    private final UserTable users;
    private final PacketBuffers buffers;
    private final CellMembers backlog;
    private final Delivery delivery;
    private final RanStatistics stats;
    private final FastFading fading;
    private final Scheduler scheduler;
    private final Reports reports;
    private final WlanParameters p;
    private final WlanRates rates;
    private final RandomStream frameDraws;
    private final RequestRanking ranking;
    private final CellRequests cellRequests;
    private final CellRequests.QualityRefresh refresh = this::refreshQuality;
    private final int[] cells;
    private final int uut;
    private final double[] snrNowDb;

    WlanAir(RadioEnvironment radio, UserTable users, PacketBuffers buffers, CellMembers backlog, Delivery delivery,
            RanStatistics stats, FastFading fading, Scheduler scheduler, WlanParameters p, WlanRates rates,
            RandomStream frameDraws, int uut) {
        this.radio = radio;
        this.users = users;
        this.buffers = buffers;
        this.backlog = backlog;
        this.delivery = delivery;
        this.stats = stats;
        this.fading = fading;
        this.scheduler = scheduler;
        this.reports = new Reports(users, TICK_NS, 100);
        this.p = p;
        this.rates = rates;
        this.frameDraws = frameDraws;
        this.ranking = new RequestRanking(users.size());
        this.cells = radio.cellsOf(Technology.WLAN);
        this.uut = uut;
        this.snrNowDb = new double[users.size()];
        this.cellRequests = new CellRequests(users, buffers, backlog, scheduler, reports, ranking, uut);
    }

    @Override
    public Technology technology() {
        return Technology.WLAN;
    }

    @Override
    public void tti(long nowNs) {
        long tick = nowNs / TICK_NS;
        for (int c : cells) {
            if (backlog.count(c) > 0) {
                scheduleCell(c, tick, nowNs);
            }
        }
    }

    private void scheduleCell(int c, long tick, long nowNs) {
        boolean uutBacklogged = cellRequests.collect(c, nowNs, refresh);
        int requests = ranking.size();
        double airtimeLeftNs = TICK_NS;
        int accepted = 0;
        int uutFrames = 0;
        while (ranking.hasNext() && airtimeLeftNs > 0) {
            int u = ranking.next();
            int rate = rates.select(users.qualityDb[u]);
            if (rate < 0) {
                continue;
            }
            double mac = rates.macRateBps(rate);
            double fer = rates.frameErrorRate(rate, snrNowDb[u]);
            int delivered = 0;
            int frames = 0;
            while (!buffers.isEmpty(u) && airtimeLeftNs > 0) {
                int bits = (int) Math.min(p.frameBits(), buffers.bufferedBits(u));
                airtimeLeftNs -= bits / mac * 1e9;
                frames++;
                long endNs = nowNs + (long) (TICK_NS - Math.max(0, airtimeLeftNs));
                if (frameDraws.nextDouble() >= fer) {
                    delivery.blockSucceeded(u, c, bits, endNs);
                    delivered += bits;
                } else {
                    delivery.blockFailed(u, bits, endNs, p.maxTransmissions());
                }
            }
            reports.served(u, delivered);
            users.lastServedTti[u] = tick;
            accepted++;
            if (u == uut) {
                uutFrames = frames;
            }
        }
        if (uutBacklogged) {
            stats.recordUut(true, uutFrames > 0, uutFrames);
        }
        int usedPermille = (int) Math.round(1000 * (1 - Math.max(0, airtimeLeftNs) / TICK_NS));
        stats.recordTti(c, requests, accepted, usedPermille, 1000);
        for (int i = 0, m = ranking.size(); i < m; i++) {
            int u = ranking.user(i);
            if (fading.enabled() || users.channelDirty[u]) {
                setReport(u, snrNowDb[u]);
            }
        }
    }

    private double snrDb(int u, long nowNs) {
        return Decibels.toDb(users.signalMw[u] * fading.powerGain(u, nowNs) / radio.noiseMw(users.servingCell[u]));
    }

    /** The channel now (for backlogged users): recomputed with fading, or when the link changed; otherwise the cached report. */
    private void refreshQuality(int u, long nowNs) {
        snrNowDb[u] = currentQualityDb(u, nowNs);
    }

    private double currentQualityDb(int u, long nowNs) {
        if (fading.enabled() || users.channelDirty[u]) {
            return snrDb(u, nowNs);
        }
        return users.qualityDb[u];
    }

    private void setReport(int u, double snrDb) {
        users.channelDirty[u] = false;
        users.qualityDb[u] = snrDb;
        int rate = rates.select(snrDb);
        users.cqi[u] = rate + 1;
        users.rateBps[u] = rate < 0 ? 0 : rates.macRateBps(rate);
    }

    @Override
    public void report(int u, long nowNs) {
        setReport(u, snrDb(u, nowNs));
    }
}
