package carma.mesh.mac;

import java.util.Objects;

/**
 * A MAC frame handed to the shared medium.
 *
 * @param tx sending node index
 * @param rx receiving node index, or {@link #BROADCAST}
 * @param ipBytes size of the IP packet inside (MAC and LLC overhead are added for airtime)
 */
public record Frame(int tx, int rx, int ipBytes, FramePayload payload) {
    public static final int BROADCAST = -1;

    public Frame {
        Objects.requireNonNull(payload, "payload");
        if (ipBytes <= 0) {
            throw new IllegalArgumentException("frame needs a positive size, got " + ipBytes);
        }
    }

    public boolean broadcast() {
        return rx == BROADCAST;
    }
}
