package carma.ran.emulator;

import carma.radio.deployment.Technology;
import carma.radio.link.BlerCurves;
import carma.radio.link.Decibels;
import carma.radio.link.HsdpaCqiTable;
import carma.radio.link.SinrToCqi;
import carma.ran.schedule.Scheduler;
import carma.ran.user.CellMembers;
import carma.ran.user.PacketBuffers;
import carma.ran.user.UserTable;
import carma.kernel.random.RandomStream;

/**
 * HSDPA per 2 ms TTI and cell (AROMA §5.3 loop, repeated 5 times per 10 ms): backlogged users
 * request; the requests are ranked (class, then the scheduler); HS-PDSCH codes and HS-DSCH power
 * are handed out in rank order by {@link HsdpaTtiAllocation} (at most {@code maxUsersPerTti} users;
 * each gets the smallest Table 7E format that empties its buffer, not above its CQI at the power
 * left nor above the codes left, and the least power carrying it at 10 % BLER; the last takes the
 * power left); each transport block is decided by a BLER draw at the SINR of the user's own power
 * share in the TTI (with HARQ chase combining, SINR + 10·log10(n) at the n-th transmission); then
 * every user reports its CQI (at the full HS power) for the next TTI.
 */
final class HsdpaAir extends CellAir {
    private final HsdpaParameters p;
    private final HsdpaCqiTable cqiTable;
    private final SinrToCqi sinrToCqi;
    private final BlerCurves bler;
    private final RandomStream blockDraws;
    private final HsdpaTtiAllocation allocation;

    HsdpaAir(RadioEnvironment radio, UserTable users, PacketBuffers buffers, CellMembers backlog, Delivery delivery,
            RanStatistics stats, FastFading fading, Scheduler scheduler, HsdpaParameters p, HsdpaCqiTable cqiTable,
            SinrToCqi sinrToCqi, BlerCurves bler, RandomStream blockDraws, int uut) {
        super(Technology.UTRAN, radio, users, buffers, backlog, delivery, stats, fading, scheduler,
                new Reports(users, HsdpaCqiTable.TTI_NS, p.pfTimeConstantTtis()), uut);
        this.p = p;
        this.cqiTable = cqiTable;
        this.sinrToCqi = sinrToCqi;
        this.bler = bler;
        this.blockDraws = blockDraws;
        this.allocation = new HsdpaTtiAllocation(cqiTable, sinrToCqi, p.hsPdschCodes(), p.maxUsersPerTti());
    }

    @Override
    public void tti(long nowNs) {
        scheduleBackloggedCells(nowNs / HsdpaCqiTable.TTI_NS, nowNs);
    }

    @Override
    protected int resourcesPerInterval() {
        return p.hsPdschCodes();
    }

    @Override
    protected void scheduleCell(int c, long tti, long nowNs) {
        boolean uutBacklogged = collectRequests(c, nowNs);
        int requests = ranking.size();
        // hand out codes and power in rank order until the codes, the HS-SCCHs or the power run out
        allocation.clear();
        while (ranking.hasNext() && allocation.hasRoom()) {
            int u = ranking.next();
            allocation.offer(u, users.qualityDb[u], buffers.bufferedBits(u));
        }
        allocation.finish();
        assert allocation.conserved() : "HS-DSCH codes or power exceeded in cell " + c + " at " + nowNs;
        int uutCodes = 0;
        for (int i = 0, n = allocation.served(); i < n; i++) {
            int u = allocation.user(i);
            transmit(u, c, allocation.format(i), allocation.powerShare(i), tti, nowNs);
            if (u == uut) {
                uutCodes = allocation.codes(i);
            }
        }
        stats.recordTti(c, requests, allocation.served(), allocation.codesUsed(), p.hsPdschCodes());
        if (uutBacklogged) {
            stats.recordUut(true, uutCodes > 0, uutCodes);
        }
        reportRequesters(); // only with fading: without it the reports were made in refreshQuality
    }

    /**
     * Sends one transport block of format {@code fmt} to u with the share {@code powerShare} of the
     * HS power: its SINR is the quality of the TTI at the full HS power scaled by the share.
     */
    private void transmit(int u, int c, int fmt, double powerShare, long tti, long nowNs) {
        int bits = (int) Math.min(cqiTable.tbsBits(fmt), buffers.bufferedBits(u));
        double combiningDb = users.transmissions[u] == 0 ? 0 : Decibels.toDb(users.transmissions[u] + 1);
        double sinrDb = qualityNowDb[u] + Decibels.toDb(powerShare);
        double errorRate = bler.bler(fmt - 1, sinrDb + combiningDb);
        long endNs = nowNs + HsdpaCqiTable.TTI_NS;
        if (blockDraws.nextDouble() >= errorRate) {
            delivery.blockSucceeded(u, c, bits, endNs);
            reports.served(u, bits);
        } else {
            delivery.blockFailed(u, bits, endNs, p.maxTransmissions());
            reports.served(u, 0);
        }
        users.lastServedTti[u] = tti;
    }

    /** Chip SINR: own-cell power through the orthogonality factor, other cells and noise. */
    @Override
    protected double channelDb(int u, long nowNs) {
        double g = fading.powerGain(u, nowNs);
        double own = users.ownCellMw[u] * g;
        double sinr = users.signalMw[u] * g
                / ((1 - p.orthogonality()) * own + users.otherCellsMw[u] + radio.noiseMw(users.servingCell[u]));
        return Decibels.toDb(sinr);
    }

    /** As the other technologies, and without fading a changed channel is reported at once (for this TTI's CQI). */
    @Override
    protected void refreshQuality(int u, long nowNs) {
        super.refreshQuality(u, nowNs);
        if (!fading.enabled() && users.channelDirty[u]) {
            setReport(u, qualityNowDb[u]); // without fading the channel only changes when the user moves
        }
    }

    @Override
    protected void storeReport(int u, double sinrDb) {
        int cqi = sinrToCqi.cqi(sinrDb);
        users.cqi[u] = cqi;
        users.rateBps[u] = cqiTable.tbsBits(cqi) * 1e9 / HsdpaCqiTable.TTI_NS;
    }
}
