package carma.corenet.topology;

import java.util.Objects;

/**
 * One direction of a core link: its egress port at {@code from} sends to {@code to} at {@code rateBps}
 * (the managed capacity C_e, i.e. the root shaper of the port), after which each packet travels
 * {@code propagationDelayNs}. Buffers are per class at the port (see the DiffServ configuration).
 */
public record LinkSpec(RouterId from, RouterId to, long rateBps, long propagationDelayNs) {
    public LinkSpec {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.equals(to)) {
            throw new IllegalArgumentException("link from " + from + " to itself");
        }
        if (rateBps <= 0) {
            throw new IllegalArgumentException("link " + from + "->" + to + ": rateBps must be positive, got " + rateBps);
        }
        if (propagationDelayNs < 0) {
            throw new IllegalArgumentException("link " + from + "->" + to + ": negative propagation delay");
        }
    }

    public LinkId id() {
        return new LinkId(from, to);
    }

    /** Transmission time of {@code sizeBytes} at the link rate, rounded up to a whole nanosecond. */
    public long transmissionNs(int sizeBytes) {
        long bits = 8L * sizeBytes;
        return (bits * 1_000_000_000L + rateBps - 1) / rateBps;
    }
}
