package carma.ran.emulator;

import carma.kernel.random.RandomStream;
import carma.radio.deployment.Technology;
import carma.radio.link.Decibels;
import carma.radio.link.GeranCodingSchemes;
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
final class GeranAir extends CellAir {
    private final GeranParameters p;
    private final GeranCodingSchemes schemes;
    private final RandomStream blockDraws;

    GeranAir(RadioEnvironment radio, UserTable users, PacketBuffers buffers, CellMembers backlog, Delivery delivery,
            RanStatistics stats, FastFading fading, Scheduler scheduler, GeranParameters p, GeranCodingSchemes schemes,
            RandomStream blockDraws, int uut) {
        super(Technology.GERAN, radio, users, buffers, backlog, delivery, stats, fading, scheduler,
                new Reports(users, GeranCodingSchemes.RADIO_BLOCK_NS, 100), uut);
        this.p = p;
        this.schemes = schemes;
        this.blockDraws = blockDraws;
    }

    @Override
    public void tti(long nowNs) {
        if ((nowNs / (GeranCodingSchemes.RADIO_BLOCK_NS / 2)) % 2 != 0) {
            return; // radio blocks start every 20 ms
        }
        scheduleBackloggedCells(nowNs / GeranCodingSchemes.RADIO_BLOCK_NS, nowNs);
    }

    /** Co-channel activity: the share of the packet timeslots used in the last radio-block period. */
    @Override
    protected double txShare(double meanLoad) {
        return meanLoad;
    }

    @Override
    protected int resourcesPerInterval() {
        return p.packetTimeslots();
    }

    @Override
    protected void scheduleCell(int c, long period, long nowNs) {
        boolean uutBacklogged = collectRequests(c, nowNs);
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
        recordLoad(c, (p.packetTimeslots() - slotsLeft) / (double) p.packetTimeslots());
        reportRequesters();
    }

    /** One radio block per timeslot given to u (up to its multislot class); returns the timeslots used. */
    private int transmit(int u, int c, int slotsLeft, long period, long endNs) {
        int cs = schemes.select(users.qualityDb[u]);
        int payload = schemes.payloadBits(cs);
        long need = (buffers.bufferedBits(u) + payload - 1) / payload;
        int slots = (int) Math.min(Math.min(p.multislot(), slotsLeft), need);
        double errorRate = schemes.bler(cs, qualityNowDb[u]);
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

    /** Carrier to interference-plus-noise ratio. */
    @Override
    protected double channelDb(int u, long nowNs) {
        double g = fading.powerGain(u, nowNs);
        return Decibels.toDb(users.signalMw[u] * g / (users.otherCellsMw[u] + radio.noiseMw(users.servingCell[u])));
    }

    @Override
    protected void storeReport(int u, double cirDb) {
        int cs = schemes.select(cirDb);
        users.cqi[u] = cs + 1;
        users.rateBps[u] = schemes.payloadBits(cs) * p.multislot() * 1e9 / GeranCodingSchemes.RADIO_BLOCK_NS;
    }
}
