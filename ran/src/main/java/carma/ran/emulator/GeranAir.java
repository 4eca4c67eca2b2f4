package carma.ran.emulator;

import carma.kernel.random.RandomStream;
import carma.radio.deployment.Technology;
import carma.radio.link.Decibels;
import carma.radio.link.GeranCodingSchemes;
import carma.ran.schedule.RequestRanking;
import carma.ran.schedule.Scheduler;
import carma.ran.user.CellMembers;
import carma.ran.user.PacketBuffers;
import carma.ran.user.UserTable;

/**
 * GPRS per 20 ms radio-block period (every second 10 ms tick): ranked backlogged users get up to
 * {@code multislot} of the cell's packet timeslots; each timeslot carries one radio block coded
 * with the scheme link adaptation picked from the reported C/I; every block is a separate BLER draw
 * at the C/I of the period (blocks of one packet can fail independently); failed blocks are
 * retransmitted (RLC acknowledged mode) up to the limit.
 */
final class GeranAir implements AirInterface {
    private final RadioEnvironment radio;
    private final UserTable users;
    private final PacketBuffers buffers;
    private final CellMembers backlog;
    private final Delivery delivery;
    private final RanStatistics stats;
    private final FastFading fading;
    private final Scheduler scheduler;
    private final Reports reports;
    private final GeranParameters p;
    private final GeranCodingSchemes schemes;
    private final RandomStream blockDraws;
    private final RequestRanking ranking;
    private final CellRequests cellRequests;
    private final CellRequests.QualityRefresh refresh = this::refreshQuality;
    private final int[] cells;
    private final int uut;
    private final double[] cirNowDb;

    GeranAir(RadioEnvironment radio, UserTable users, PacketBuffers buffers, CellMembers backlog, Delivery delivery,
            RanStatistics stats, FastFading fading, Scheduler scheduler, GeranParameters p, GeranCodingSchemes schemes,
            RandomStream blockDraws, int uut) {
        this.radio = radio;
        this.users = users;
        this.buffers = buffers;
        this.backlog = backlog;
        this.delivery = delivery;
        this.stats = stats;
        this.fading = fading;
        this.scheduler = scheduler;
        this.reports = new Reports(users, GeranCodingSchemes.RADIO_BLOCK_NS, 100);
        this.p = p;
        this.schemes = schemes;
        this.blockDraws = blockDraws;
        this.ranking = new RequestRanking(users.size());
        this.cells = radio.cellsOf(Technology.GERAN);
        this.uut = uut;
        this.cirNowDb = new double[users.size()];
        this.cellRequests = new CellRequests(users, buffers, backlog, scheduler, reports, ranking, uut);
    }

    @Override
    public Technology technology() {
        return Technology.GERAN;
    }

    @Override
    public void tti(long nowNs) {
        if ((nowNs / (GeranCodingSchemes.RADIO_BLOCK_NS / 2)) % 2 != 0) {
            return; // radio blocks start every 20 ms
        }
        long period = nowNs / GeranCodingSchemes.RADIO_BLOCK_NS;
        for (int c : cells) {
            if (backlog.count(c) > 0) {
                scheduleCell(c, period, nowNs);
            }
        }
    }

    private void scheduleCell(int c, long period, long nowNs) {
        boolean uutBacklogged = cellRequests.collect(c, nowNs, refresh);
        int requests = ranking.size();
        int slotsLeft = p.packetTimeslots();
        int accepted = 0;
        int uutSlots = 0;
        long endNs = nowNs + GeranCodingSchemes.RADIO_BLOCK_NS;
        while (ranking.hasNext() && slotsLeft > 0) {
            int u = ranking.next();
            int slots = transmit(u, c, slotsLeft, period, endNs);
            slotsLeft -= slots;
            accepted++;
            if (u == uut) {
                uutSlots = slots;
            }
        }
        if (uutBacklogged) {
            stats.recordUut(true, uutSlots > 0, uutSlots);
        }
        stats.recordTti(c, requests, accepted, p.packetTimeslots() - slotsLeft, p.packetTimeslots());
        for (int i = 0, m = ranking.size(); i < m; i++) {
            int u = ranking.user(i);
            if (fading.enabled() || users.channelDirty[u]) {
                setReport(u, cirNowDb[u]);
            }
        }
    }

    /** One radio block per timeslot given to u (up to its multislot class); returns the timeslots used. */
    private int transmit(int u, int c, int slotsLeft, long period, long endNs) {
        int cs = schemes.select(users.qualityDb[u]);
        int payload = schemes.payloadBits(cs);
        long need = (buffers.bufferedBits(u) + payload - 1) / payload;
        int slots = (int) Math.min(Math.min(p.multislot(), slotsLeft), need);
        double errorRate = schemes.bler(cs, cirNowDb[u]);
        int delivered = 0;
        for (int s = 0; s < slots && !buffers.isEmpty(u); s++) {
            if (blockDraws.nextDouble() >= errorRate) {
                delivery.blockSucceeded(u, c, payload, endNs);
                delivered += payload;
            } else {
                delivery.blockFailed(u, payload, endNs, p.maxTransmissions());
            }
        }
        reports.served(u, delivered);
        users.lastServedTti[u] = period;
        return slots;
    }

    private double cirDb(int u, long nowNs) {
        double g = fading.powerGain(u, nowNs);
        return Decibels.toDb(users.signalMw[u] * g / (users.otherCellsMw[u] + radio.noiseMw(users.servingCell[u])));
    }

    /** The channel now (for backlogged users): recomputed with fading, or when the link changed; otherwise the cached report. */
    private void refreshQuality(int u, long nowNs) {
        cirNowDb[u] = currentQualityDb(u, nowNs);
    }

    private double currentQualityDb(int u, long nowNs) {
        if (fading.enabled() || users.channelDirty[u]) {
            return cirDb(u, nowNs);
        }
        return users.qualityDb[u];
    }

    private void setReport(int u, double cirDb) {
        users.channelDirty[u] = false;
        users.qualityDb[u] = cirDb;
        int cs = schemes.select(cirDb);
        users.cqi[u] = cs + 1;
        users.rateBps[u] = schemes.payloadBits(cs) * p.multislot() * 1e9 / GeranCodingSchemes.RADIO_BLOCK_NS;
    }

    @Override
    public void report(int u, long nowNs) {
        setReport(u, cirDb(u, nowNs));
    }
}
