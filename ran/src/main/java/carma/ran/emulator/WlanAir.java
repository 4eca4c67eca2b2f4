package carma.ran.emulator;

import carma.kernel.random.RandomStream;
import carma.radio.deployment.Technology;
import carma.radio.link.Decibels;
import carma.radio.link.WlanRates;
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
final class WlanAir extends CellAir {
    private static final long TICK_NS = 10_000_000L;
    private final WlanParameters p;
    private final WlanRates rates;
    private final RandomStream frameDraws;

    WlanAir(RadioEnvironment radio, UserTable users, PacketBuffers buffers, CellMembers backlog, Delivery delivery,
            RanStatistics stats, FastFading fading, Scheduler scheduler, WlanParameters p, WlanRates rates,
            RandomStream frameDraws, int uut) {
        super(Technology.WLAN, radio, users, buffers, backlog, delivery, stats, fading, scheduler,
                new Reports(users, TICK_NS, 100), uut);
        this.p = p;
        this.rates = rates;
        this.frameDraws = frameDraws;
    }

    @Override
    public void tti(long nowNs) {
        scheduleBackloggedCells(nowNs / TICK_NS, nowNs);
    }

    /** Hotspots do not interfere (AROMA §5.2.7); the share is not used. */
    @Override
    protected double txShare(double meanLoad) {
        return meanLoad;
    }

    @Override
    protected int resourcesPerInterval() {
        return 1000;
    }

    @Override
    protected void scheduleCell(int c, long tick, long nowNs) {
        boolean uutBacklogged = collectRequests(c, nowNs);
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
            double fer = rates.frameErrorRate(rate, qualityNowDb[u]);
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
        recordLoad(c, usedPermille / 1000.0);
        reportRequesters();
    }

    /** Signal to noise ratio (the AP's neighbours are on other channels). */
    @Override
    protected double channelDb(int u, long nowNs) {
        return Decibels.toDb(users.signalMw[u] * fading.powerGain(u, nowNs) / radio.noiseMw(users.servingCell[u]));
    }

    @Override
    protected void storeReport(int u, double snrDb) {
        int rate = rates.select(snrDb);
        users.cqi[u] = rate + 1;
        users.rateBps[u] = rate < 0 ? 0 : rates.macRateBps(rate);
    }
}
