package carma.ran.emulator;

import carma.kernel.random.RandomStream;
import carma.kernel.trace.TraceBus;
import carma.ran.trace.UutPacketRecord;
import carma.ran.user.CellMembers;
import carma.ran.user.PacketBuffers;
import carma.ran.user.UserTable;

/**
 * The shared end of every transmission: radio blocks taken from the head of a user's buffer
 * succeed or fail one by one (AROMA §5.2.8: decided per block along the packet); a packet whose
 * last bit is delivered passes the IP-RAN loss draw (§5.2.9) and is forwarded; when a block has
 * failed {@code maxTransmissions} times, every packet it carried is discarded. Counters and the
 * outcomes of the user under test are reported here.
 */
final class Delivery implements HarqOutcomes {
    private final UserTable users;
    private final PacketBuffers buffers;
    private final RanStatistics stats;
    private final RandomStream ipRan;
    private final double ipRanLoss;
    private final int uut;
    private final TraceBus bus;
    private final CellMembers backlog;
    private PacketOutcomeListener uutListener = PacketOutcomeListener.NONE;
    private HsdpaHarq harq;

    Delivery(UserTable users, PacketBuffers buffers, CellMembers backlog, RanStatistics stats, RandomStream ipRan,
            double ipRanLoss, int uut, TraceBus bus) {
        this.backlog = backlog;
        this.users = users;
        this.buffers = buffers;
        this.stats = stats;
        this.ipRan = ipRan;
        this.ipRanLoss = ipRanLoss;
        this.uut = uut;
        this.bus = bus;
    }

    void setUutListener(PacketOutcomeListener listener) {
        this.uutListener = listener;
    }

    PacketOutcomeListener uutListener() {
        return uutListener;
    }

    /** A block of up to {@code bits} of user {@code u} was received correctly at {@code atNs}. */
    void blockSucceeded(int u, int cell, int bits, long atNs) {
        users.transmissions[u] = 0;
        int left = bits;
        while (left > 0 && !buffers.isEmpty(u)) {
            int take = Math.min(left, buffers.headRemainingBits(u));
            left -= take;
            users.deliveredBits[u] += take;
            stats.classDeliveredBits[users.classPriority[u]] += take;
            stats.cellServedBits[cell] += take;
            if (u == uut) {
                stats.uutDeliveredBits += take;
            }
            if (buffers.consumeHead(u, take)) {
                completePacket(u, atNs);
            }
        }
        leaveBacklogIfEmpty(u);
    }

    /** Users with an empty buffer leave their cell's list of backlogged users. */
    void leaveBacklogIfEmpty(int u) {
        if (buffers.isEmpty(u) && backlog.contains(u)) {
            backlog.remove(users.servingCell[u], u);
        }
    }

    /** A user whose buffer just became non-empty joins its cell's backlog. */
    void joinBacklog(int u) {
        if (!backlog.contains(u) && !buffers.isEmpty(u) && users.servingCell[u] >= 0) {
            backlog.add(users.servingCell[u], u);
        }
    }

    /** A block carrying up to {@code bits} failed; after the last allowed transmission its packets are lost. */
    void blockFailed(int u, int bits, long atNs, int maxTransmissions) {
        if (++users.transmissions[u] < maxTransmissions) {
            return;
        }
        users.transmissions[u] = 0;
        lost(u, bits, atNs);
    }

    @Override
    public void delivered(int u, int cell, int bits, long atNs) {
        blockSucceeded(u, cell, bits, atNs);
    }

    @Override
    public int lost(int u, int bits, long atNs) {
        int left = bits;
        while (left > 0 && !buffers.isEmpty(u)) {
            left -= buffers.headRemainingBits(u);
            discardHead(u, atNs, DiscardReason.RADIO);
        }
        leaveBacklogIfEmpty(u);
        return Math.max(0, -left);
    }

    /** The HSDPA HARQ entity whose blocks in flight are forgotten with the user's retransmission state. */
    void useHarq(HsdpaHarq hsdpaHarq) {
        this.harq = hsdpaHarq;
    }

    /** Forgets the user's retransmission state (cell change, flush): blocks in flight, failure counts. */
    void resetRetransmissions(int u) {
        users.transmissions[u] = 0;
        if (harq != null) {
            harq.reset(u);
        }
    }

    private void completePacket(int u, long atNs) {
        long id = buffers.headId(u);
        long delay = atNs - buffers.headArrivalNs(u);
        buffers.popHead(u);
        if (ipRanLoss > 0 && ipRan.nextDouble() < ipRanLoss) {
            countDiscard(u, id, atNs, DiscardReason.IP_RAN);
            return;
        }
        users.forwardedPackets[u]++;
        users.delaySumNs[u] += delay;
        int k = users.classPriority[u];
        stats.classForwarded[k]++;
        stats.classDelaySumNs[k] += delay;
        if (u == uut) {
            uutListener.forwarded(id, atNs, delay);
            if (bus.wants(UutPacketRecord.class)) {
                bus.publish(new UutPacketRecord(atNs, id, true, delay / 1e6, ""));
            }
        }
    }

    /** Drops the head packet of a user. */
    void discardHead(int u, long atNs, DiscardReason reason) {
        long id = buffers.headId(u);
        buffers.popHead(u);
        countDiscard(u, id, atNs, reason);
    }

    /** Drops every buffered packet of a user. */
    void flush(int u, long atNs, DiscardReason reason) {
        while (!buffers.isEmpty(u)) {
            discardHead(u, atNs, reason);
        }
        leaveBacklogIfEmpty(u);
        resetRetransmissions(u);
    }

    void countDiscard(int u, long id, long atNs, DiscardReason reason) {
        users.discardedPackets[u]++;
        stats.classDiscarded[users.classPriority[u]]++;
        if (u == uut) {
            uutListener.discarded(id, atNs, reason);
            if (bus.wants(UutPacketRecord.class)) {
                bus.publish(new UutPacketRecord(atNs, id, false, Double.NaN, reason.name()));
            }
        }
    }
}
