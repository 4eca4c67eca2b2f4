package carma.mesh.danum;

import carma.mesh.net.ControlMessage;
import java.util.List;

/**
 * DANUM_Q, the 1-hop backlog advertisement (olsr.md section 6, [reconstructed]): per flow the
 * advertiser's queue length and beta in 8.8 fixed point, exactly the fields of the OLSR extension
 * message, so its size on the air is IP/UDP (28) + OLSR packet header (4) + message header (12) +
 * 4 + 8 per entry. It lists every flow with backlog at the advertiser; a list longer than 255
 * entries is sent as several messages with the same sequence number. Under OLSR routing the same
 * content travels as the OLSR extension message {@code DANUM_Q} inside the agents' packets.
 */
public record DanumAdvert(int originator, int seq, List<Entry> entries) implements ControlMessage {
    /** One flow's backlog at the advertiser. */
    public record Entry(int flowId, int queuePackets, int betaQ8) {
        public double utilityBacklog() {
            return queuePackets * (betaQ8 / 256.0);
        }
    }

    public static final int MAX_ENTRIES = 255;

    public DanumAdvert {
        entries = List.copyOf(entries);
        if (entries.size() > MAX_ENTRIES) {
            throw new IllegalArgumentException("at most " + MAX_ENTRIES + " entries per advertisement");
        }
    }

    @Override
    public int sizeBytes() {
        return 28 + 4 + 12 + 4 + 8 * entries.size();
    }

    /** beta to 8.8 fixed point, saturating at the 16-bit field. */
    public static int toQ8(double beta) {
        return (int) Math.min(0xFFFF, Math.max(0, Math.round(beta * 256)));
    }
}
