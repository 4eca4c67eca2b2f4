package carma.corenet.network;

import carma.corenet.diffserv.Psc;
import carma.corenet.topology.LinkId;

/**
 * Cumulative counters of one class queue of one egress port, since the start of the run.
 *
 * @param queueingNsSum total waiting time of the packets sent (mean queueing = sum / sentPackets)
 */
public record PortClassStats(LinkId link, Psc psc, long arrivedPackets, long sentPackets, long sentBytes,
        long droppedRed, long droppedBuffer, int queuedPackets, long queueingNsSum) {
    public long droppedPackets() {
        return droppedRed + droppedBuffer;
    }
}
