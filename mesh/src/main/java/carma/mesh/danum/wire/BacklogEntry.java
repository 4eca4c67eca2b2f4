package carma.mesh.danum.wire;

import carma.olsr.wire.MessageHeader;

/**
 * One flow's entry in a DANUM backlog advertisement (reconstructed, olsr.md §6):
 * {@code flowId(32) | Q_pkts(16) | beta(16, unsigned fixed point 8.8)}.
 *
 * @param flowId       flow identifier (any 32-bit value)
 * @param queuePackets queued packets of the flow at the advertising node, 0..65535
 * @param betaQ8       the per-packet utility weight in 8.8 fixed point (value * 256), 0..65535
 */
public record BacklogEntry(int flowId, int queuePackets, int betaQ8) {

    public static final int SIZE = 8;

    public BacklogEntry {
        MessageHeader.checkRange("queue packets", queuePackets, 0xFFFF);
        MessageHeader.checkRange("beta (8.8)", betaQ8, 0xFFFF);
    }

    /** The weight as a real number: betaQ8 / 256. */
    public double beta() {
        return betaQ8 / 256.0;
    }

    /** Encodes a weight to 8.8 fixed point, rounding to nearest and saturating at 255.996. */
    public static int toQ8(double beta) {
        if (!(beta >= 0)) {
            throw new IllegalArgumentException("beta must be a non-negative number: " + beta);
        }
        return (int) Math.min(0xFFFF, Math.round(beta * 256.0));
    }
}
