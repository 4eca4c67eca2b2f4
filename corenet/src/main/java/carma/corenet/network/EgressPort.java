package carma.corenet.network;

import carma.corenet.diffserv.ClassBacklog;
import carma.corenet.diffserv.PortScheduler;
import carma.corenet.diffserv.Psc;
import carma.corenet.diffserv.QueueManagement;
import carma.corenet.topology.LinkSpec;
import carma.kernel.event.EventSink;
import carma.kernel.sim.Simulator;
import java.util.ArrayDeque;

/**
 * The output port of one link direction: one queue per class with its limit and queue management, a
 * scheduler that picks the next class, one transmission at a time at the link rate, then the
 * propagation delay to the next router. Events: the end of a transmission (this sink, with the
 * packet sent).
 */
final class EgressPort implements ClassBacklog, EventSink<Packet> {
    private static final Psc[] PSCS = Psc.values();

    private final Simulator sim;
    private final LinkSpec link;
    private final Router owner;
    private final Router next;
    private final PortScheduler scheduler;
    private final QueueManagement[] management;
    private final int[] limitPackets;
    private final ArrayDeque<Packet>[] queues;
    private final long[] arrived = new long[PSCS.length];
    private final long[] sentPackets = new long[PSCS.length];
    private final long[] sentBytes = new long[PSCS.length];
    private final long[] droppedRed = new long[PSCS.length];
    private final long[] droppedBuffer = new long[PSCS.length];
    private final long[] queueingNs = new long[PSCS.length];
    private Packet inTransmission;

    @SuppressWarnings("unchecked")
    EgressPort(Simulator sim, LinkSpec link, Router owner, Router next, PortScheduler scheduler,
            QueueManagement[] management, int[] limitPackets) {
        this.sim = sim;
        this.link = link;
        this.owner = owner;
        this.next = next;
        this.scheduler = scheduler;
        this.management = management.clone();
        this.limitPackets = limitPackets.clone();
        this.queues = new ArrayDeque[PSCS.length];
        for (int i = 0; i < PSCS.length; i++) {
            queues[i] = new ArrayDeque<>();
        }
    }

    LinkSpec link() {
        return link;
    }

    /** Queue (or drop) a packet arriving for this port at {@code nowNs}. */
    void enqueue(long nowNs, Packet p) {
        int c = p.dscp().psc().ordinal();
        arrived[c]++;
        ArrayDeque<Packet> q = queues[c];
        if (management[c].dropOnArrival(q.size(), p.dscp().dropPrecedence(), nowNs)) {
            droppedRed[c]++;
            owner.dropped(nowNs, p, PacketFate.DROPPED_RED);
            return;
        }
        if (q.size() >= limitPackets[c]) {
            droppedBuffer[c]++;
            owner.dropped(nowNs, p, PacketFate.DROPPED_BUFFER);
            return;
        }
        p.enqueued(nowNs);
        q.addLast(p);
        if (inTransmission == null) {
            startNext(nowNs);
        }
    }

    /** End of the transmission of {@code p}: it propagates to the next router; the port starts the next. */
    @Override
    public void onEvent(long nowNs, Packet p) {
        int c = p.dscp().psc().ordinal();
        sentPackets[c]++;
        sentBytes[c] += p.sizeBytes();
        p.crossedLink();
        inTransmission = null;
        owner.forwarded();
        sim.schedule(nowNs + link.propagationDelayNs(), next, p);
        startNext(nowNs);
    }

    private void startNext(long nowNs) {
        if (backlogPackets() == 0) {
            return;
        }
        Psc psc = scheduler.select(this);
        int c = psc.ordinal();
        Packet p = queues[c].pollFirst();
        if (p == null) {
            throw new IllegalStateException(link.id() + ": scheduler chose the empty " + psc + " queue");
        }
        if (queues[c].isEmpty()) {
            management[c].onIdle(nowNs);
        }
        queueingNs[c] += p.dequeued(nowNs);
        inTransmission = p;
        sim.schedule(nowNs + link.transmissionNs(p.sizeBytes()), this, p);
    }

    @Override
    public int packets(Psc psc) {
        return queues[psc.ordinal()].size();
    }

    @Override
    public int headBytes(Psc psc) {
        return queues[psc.ordinal()].peekFirst().sizeBytes();
    }

    int backlogPackets() {
        int n = 0;
        for (ArrayDeque<Packet> q : queues) {
            n += q.size();
        }
        return n;
    }

    /** Packets held: queued plus the one in transmission. */
    int heldPackets() {
        return backlogPackets() + (inTransmission == null ? 0 : 1);
    }

    PortClassStats stats(Psc psc) {
        int c = psc.ordinal();
        return new PortClassStats(link.id(), psc, arrived[c], sentPackets[c], sentBytes[c], droppedRed[c],
                droppedBuffer[c], queues[c].size(), queueingNs[c]);
    }
}
