package carma.mesh.net;

/**
 * A full-duplex wired link (AP uplink to the Internet host): per direction, packets are serialised
 * at the link rate behind each other and arrive after the propagation delay. Unbounded buffer.
 */
final class WiredLink {
    private final long rateBps;
    private final long delayNs;
    private long upBusyUntilNs;
    private long downBusyUntilNs;

    WiredLink(long rateBps, long delayNs) {
        this.rateBps = rateBps;
        this.delayNs = delayNs;
    }

    /** Arrival time at the far end of a packet sent now; {@code up} is AP to Internet. */
    long arrivalNs(long nowNs, int bytes, boolean up) {
        long serial = (bytes * 8L * 1_000_000_000L + rateBps - 1) / rateBps;
        long start = Math.max(nowNs, up ? upBusyUntilNs : downBusyUntilNs);
        long done = start + serial;
        if (up) {
            upBusyUntilNs = done;
        } else {
            downBusyUntilNs = done;
        }
        return done + delayNs;
    }
}
