package carma.corenet.network;

import carma.corenet.diffserv.Dscp;
import carma.corenet.topology.RouterId;
import java.util.Objects;

/**
 * An IP packet crossing the core. Identity, marking and size are fixed; the label stack entry (one
 * level: L-LSPs are not nested), the hop count and the accumulated queueing change as it travels.
 * It is a mutable entity rather than a record so that a hop does not allocate (as ns-3's Packet).
 */
public final class Packet {
    /** Label value of an unlabelled packet (labels from 16 are allocated by the broker). */
    public static final int NO_LABEL = 0;

    private final long id;
    private final FlowId flow;
    private final Dscp dscp;
    private final int sizeBytes;
    private final RouterId source;
    private final RouterId destination;
    private final long createdNs;
    private int label = NO_LABEL;
    private int hops;
    private long queueingNs;
    private long enqueuedNs;

    public Packet(long id, FlowId flow, Dscp dscp, int sizeBytes, RouterId source, RouterId destination,
            long createdNs) {
        if (sizeBytes < 1 || sizeBytes > 65_535) {
            throw new IllegalArgumentException("packet size must be 1..65535 bytes, got " + sizeBytes);
        }
        this.id = id;
        this.flow = Objects.requireNonNull(flow, "flow");
        this.dscp = Objects.requireNonNull(dscp, "dscp");
        this.sizeBytes = sizeBytes;
        this.source = Objects.requireNonNull(source, "source");
        this.destination = Objects.requireNonNull(destination, "destination");
        this.createdNs = createdNs;
    }

    public long id() {
        return id;
    }

    public FlowId flow() {
        return flow;
    }

    public Dscp dscp() {
        return dscp;
    }

    public int sizeBytes() {
        return sizeBytes;
    }

    public RouterId source() {
        return source;
    }

    public RouterId destination() {
        return destination;
    }

    public long createdNs() {
        return createdNs;
    }

    public int label() {
        return label;
    }

    void setLabel(int label) {
        this.label = label;
    }

    /** Links crossed so far. */
    public int hops() {
        return hops;
    }

    /** Time spent waiting in egress queues so far (excluding transmission and propagation). */
    public long queueingNs() {
        return queueingNs;
    }

    void enqueued(long nowNs) {
        enqueuedNs = nowNs;
    }

    /** Leaves a queue at {@code nowNs}; returns the time it waited there. */
    long dequeued(long nowNs) {
        long waited = nowNs - enqueuedNs;
        queueingNs += waited;
        return waited;
    }

    void crossedLink() {
        hops++;
    }

    @Override
    public String toString() {
        return "packet " + id + " (" + flow + ", " + dscp + ", " + sizeBytes + " B, " + source + "->" + destination + ")";
    }
}
