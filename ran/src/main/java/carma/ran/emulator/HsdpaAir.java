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
 * share in the TTI; a failed block is retransmitted by its HARQ process ({@link HsdpaHarq}: 6
 * stop-and-wait processes, chase combining, in-sequence hand-on); then every user reports its CQI
 * (at the full HS power) for the next TTI.
 */
final class HsdpaAir extends CellAir {
    private final HsdpaParameters p;
    private final HsdpaCqiTable cqiTable;
    private final SinrToCqi sinrToCqi;
    private final BlerCurves bler;
    private final RandomStream blockDraws;
    private final HsdpaTtiAllocation allocation;
    private final HsdpaHarq harq;

    HsdpaAir(RadioEnvironment radio, UserTable users, PacketBuffers buffers, CellMembers backlog, Delivery delivery,
            RanStatistics stats, FastFading fading, Scheduler scheduler, HsdpaParameters p, HsdpaCqiTable cqiTable,
            SinrToCqi sinrToCqi, BlerCurves bler, RandomStream blockDraws, HsdpaHarq harq, int uut) {
        super(Technology.UTRAN, radio, users, buffers, backlog, delivery, stats, fading, scheduler,
                new Reports(users, HsdpaCqiTable.TTI_NS, p.pfTimeConstantTtis()), uut);
        this.p = p;
        this.cqiTable = cqiTable;
        this.sinrToCqi = sinrToCqi;
        this.bler = bler;
        this.blockDraws = blockDraws;
        this.harq = harq;
        this.allocation = new HsdpaTtiAllocation(cqiTable, sinrToCqi, p.hsPdschCodes(), p.maxUsersPerTti());
    }

    @Override
    public void tti(long nowNs) {
        scheduleBackloggedCells(nowNs / HsdpaCqiTable.TTI_NS, nowNs);
    }

    /** The HS-DSCH is on (at the whole HS power) in a TTI with anyone served; common channels always. */
    @Override
    protected double txShare(double meanLoad) {
        return radio.utranTxShare(meanLoad);
    }

    @Override
    protected int resourcesPerInterval() {
        return p.hsPdschCodes();
    }

    @Override
    protected void scheduleCell(int c, long tti, long nowNs) {
        boolean uutBacklogged = collectRequests(c, nowNs);
        int requests = ranking.size();
        // hand out codes and power in rank order until the codes, the HS-SCCHs or the power run out;
        // a block due for retransmission goes before new data of the same user
        allocation.clear();
        while (ranking.hasNext() && allocation.hasRoom()) {
            int u = ranking.next();
            int k = harq.readyRetransmission(u, tti);
            if (k >= 0) {
                allocation.offerRetransmission(u, users.qualityDb[u], harq.format(u, k), k);
            } else {
                allocation.offer(u, users.qualityDb[u], harq.newBits(u, buffers.bufferedBits(u)));
            }
        }
        allocation.finish();
        assert allocation.conserved() : "HS-DSCH codes or power exceeded in cell " + c + " at " + nowNs;
        int uutCodes = 0;
        for (int i = 0, n = allocation.served(); i < n; i++) {
            int u = allocation.user(i);
            transmit(u, c, i, tti, nowNs);
            if (u == uut) {
                uutCodes = allocation.codes(i);
            }
        }
        stats.recordTti(c, requests, allocation.served(), allocation.codesUsed(), p.hsPdschCodes());
        recordLoad(c, allocation.served() > 0 ? 1 : 0);
        if (uutBacklogged) {
            stats.recordUut(true, uutCodes > 0, uutCodes);
        }
        reportRequesters(); // only with fading: without it the reports were made in refreshQuality
    }

    /**
     * Sends the transport block of allocation entry {@code i} (a new block, or the retransmission of
     * a HARQ process's block) with the entry's share of the HS power: its SINR is the quality of the
     * TTI at the full HS power scaled by the share, combined with the block's earlier transmissions.
     */
    private void transmit(int u, int c, int i, long tti, long nowNs) {
        int fmt = allocation.format(i);
        int k = allocation.harqProcess(i);
        if (k < 0) {
            long newBits = harq.newBits(u, buffers.bufferedBits(u));
            k = harq.startNew(u, tti, fmt, (int) Math.min(cqiTable.tbsBits(fmt), newBits));
        }
        double sinrLinear = Decibels.toLinear(qualityNowDb[u]) * allocation.powerShare(i);
        double errorRate = bler.bler(fmt - 1, harq.transmit(u, k, tti, sinrLinear));
        boolean received = blockDraws.nextDouble() >= errorRate;
        reports.served(u, received ? harq.bits(u, k) : 0);
        harq.outcome(u, k, received, c, nowNs + HsdpaCqiTable.TTI_NS);
        users.lastServedTti[u] = tti;
    }

    @Override
    protected boolean hasDataToSend(int u, long nowNs) {
        return harq.hasDataToSend(u, nowNs / HsdpaCqiTable.TTI_NS, buffers.bufferedBits(u));
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
