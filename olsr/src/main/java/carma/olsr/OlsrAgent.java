package carma.olsr;

import carma.olsr.logic.Forwarding;
import carma.olsr.logic.MessageFactory;
import carma.olsr.logic.MessageProcessor;
import carma.olsr.logic.MprCalculator;
import carma.olsr.logic.RouteCalculator;
import carma.olsr.logic.RouteComputation;
import carma.olsr.state.InformationBases;
import carma.olsr.state.SequenceNumbers;
import carma.olsr.wire.HelloMessage;
import carma.olsr.wire.HnaMessage;
import carma.olsr.wire.LqHelloMessage;
import carma.olsr.wire.LqTcMessage;
import carma.olsr.wire.MalformedPacketException;
import carma.olsr.wire.MidMessage;
import carma.olsr.wire.OlsrCodec;
import carma.olsr.wire.OlsrMessage;
import carma.olsr.wire.OlsrPacket;
import carma.olsr.wire.PrivateMessage;
import carma.olsr.wire.PrivateMessageType;
import carma.olsr.wire.TcMessage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * One node's OLSR protocol instance with a single OLSR interface whose address is the main address.
 * Driven entirely by explicit calls with the current time: no threads, no clock of its own. Packets
 * leave through {@link OlsrOutput}; route changes are reported to a {@link RouteChangeListener};
 * messages of registered private types ({@link PrivateMessages}) go to their handlers.
 *
 * <p>Use: {@link #start}, then call {@link #onPacket} for every received packet and
 * {@link #advanceTo} whenever the time {@link #nextWakeupNs()} is reached (or the individual timer
 * callbacks, which {@code advanceTo} invokes in a fixed order).
 */
public final class OlsrAgent {

    private final OlsrConfig config;
    private final NodeAddress self;
    private final RandomGenerator random;
    private final OlsrOutput output;
    private final RouteChangeListener routeListener;
    private final PrivateMessages privateMessages;
    private final OlsrCodec codec;
    private final InformationBases bases;
    private final MessageProcessor processor;
    private final MessageFactory factory;
    private final Forwarding forwarding;
    private final MprCalculator mprCalculator;
    private final OlsrTimers timers = new OlsrTimers();
    private final RouteCalculator routeCalculator;
    private RoutingTable routingTable;
    /** The routes may be stale: recalculate before the table is next read (or at the route timer). */
    private boolean routesDirty;
    /** The MPR set may be stale: recompute before the next HELLO or TC is built. */
    private boolean mprDirty;
    /**
     * Recalculate routes at once on every change (a route listener wants exact change times) rather
     * than when the table is next read. Both give the same table whenever it is read.
     */
    private final boolean eagerRoutes;
    private int packetSequence;
    private long packetsSent;
    private long bytesSent;
    private long messagesOriginated;
    private long messagesForwarded;
    private long packetsReceived;
    private long malformedPackets;

    public OlsrAgent(OlsrConfig config, NodeAddress self, RandomGenerator random, OlsrOutput output,
                     RouteChangeListener routeListener, PrivateMessages privateMessages) {
        this.config = config;
        this.self = self;
        this.random = random;
        this.output = output;
        this.routeListener = routeListener;
        this.privateMessages = privateMessages;
        this.codec = new OlsrCodec(privateMessages.types());
        this.bases = new InformationBases(self);
        Set<NodeAddress> own = new HashSet<>(config.interfaceAliases());
        own.add(self);
        this.processor = new MessageProcessor(bases, config, own);
        this.factory = new MessageFactory(bases, config);
        this.forwarding = new Forwarding(bases, config.duplicateHoldNs());
        this.mprCalculator = new MprCalculator(config.linkQuality(), config.mprCoverage());
        this.routeCalculator = new RouteCalculator(bases, config.linkQuality(), inverseRule(), config.localHna());
        this.routingTable = routeCalculator.table();
        this.eagerRoutes = routeListener != RouteChangeListener.NONE;
    }

    /** An agent without listeners and private message types. */
    public OlsrAgent(OlsrConfig config, NodeAddress self, RandomGenerator random, OlsrOutput output) {
        this(config, self, random, output, RouteChangeListener.NONE, PrivateMessages.none());
    }

    /** Schedules the first HELLO, TC and MID/HNA within one jitter period and the LQ window timer. */
    public void start(long nowNs) {
        timers.helloNs = nowNs + jitterNs(config.helloIntervalNs());
        timers.tcNs = nowNs + jitterNs(config.tcIntervalNs());
        timers.midHnaNs = nowNs + jitterNs(config.midHnaIntervalNs());
        timers.lqWindowNs = config.linkQuality() ? nowNs + config.lqWindowIntervalNs() : Long.MAX_VALUE;
    }

    private long jitterNs(long intervalNs) {
        long max = (long) (intervalNs * config.maxJitterFraction());
        return max <= 0 ? 0 : random.nextLong(max + 1);
    }

    private long nextPeriodicNs(long nowNs, long intervalNs) {
        return nowNs + intervalNs - jitterNs(intervalNs);
    }

    /** The earliest time at which {@link #advanceTo} has work: a timer or an expiry. */
    public long nextWakeupNs() {
        long t = Math.min(timers.nextTimerNs(), bases.nextDeadlineNs(timers.lastNowNs));
        return Math.max(t, timers.lastNowNs);
    }

    /**
     * The earliest timer (HELLO, TC, MID/HNA, LQ window, deferred route recalculation), without the
     * expiries. A caller that reads routes only through {@link #routingTable(long)} needs to wake the
     * agent only at these times: every entry point ({@link #onPacket}, the timers, that read)
     * first expires what is due, so the agent's packets, MPR set, forwarding decisions and routes are
     * the same as with a wake-up at every expiry. Route-change listeners, which report changes at
     * their exact time, need {@link #nextWakeupNs()}.
     */
    public long nextTimerNs() {
        return Math.max(timers.nextTimerNs(), timers.lastNowNs);
    }

    /** Fires every timer and expiry due at or before {@code nowNs}, in time order. */
    public void advanceTo(long nowNs) {
        expire(nowNs);
        while (timers.nextTimerNs() <= nowNs) {
            long due = timers.nextTimerNs();
            if (timers.routeNs == due) {
                onRouteTimer(nowNs);
            } else if (timers.lqWindowNs == due) {
                onLqWindowTimer(nowNs);
            } else if (timers.helloNs == due) {
                onHelloTimer(nowNs);
            } else if (timers.tcNs == due) {
                onTcTimer(nowNs);
            } else {
                onMidHnaTimer(nowNs);
            }
        }
    }

    /** Sends a HELLO / LQ_HELLO; returns the time of the next one. */
    public long onHelloTimer(long nowNs) {
        expire(nowNs);
        updateMprs(nowNs);
        originate(List.of(factory.hello(nowNs)), nowNs);
        timers.helloNs = nextPeriodicNs(nowNs, config.helloIntervalNs());
        return timers.helloNs;
    }

    /** Sends a TC / LQ_TC if there is something to advertise; returns the time of the next one. */
    public long onTcTimer(long nowNs) {
        expire(nowNs);
        updateMprs(nowNs);
        factory.tc(nowNs).ifPresent(m -> originate(List.of(m), nowNs));
        timers.tcNs = nextPeriodicNs(nowNs, config.tcIntervalNs());
        return timers.tcNs;
    }

    /** Sends MID and HNA if configured; returns the time of the next ones. */
    public long onMidHnaTimer(long nowNs) {
        expire(nowNs);
        List<OlsrMessage> msgs = new ArrayList<>();
        factory.mid().ifPresent(msgs::add);
        factory.hna().ifPresent(msgs::add);
        if (!msgs.isEmpty()) {
            originate(msgs, nowNs);
        }
        timers.midHnaNs = nextPeriodicNs(nowNs, config.midHnaIntervalNs());
        return timers.midHnaNs;
    }

    /** The 1 s etx_ff window timer (link-quality mode); returns the time of the next one. */
    public long onLqWindowTimer(long nowNs) {
        expire(nowNs);
        boolean triggered = false;
        for (var link : bases.links().all()) {
            if (link.estimator().slideWindow(link.helloIntervalNs() / 1_000_000L)) {
                link.estimator().publish();
                triggered = true;
            }
        }
        if (triggered) {
            bases.links().all().forEach(l -> l.estimator().republishAfterTrigger());
            processor.markLinksChanged();
        }
        recompute(nowNs);
        timers.lqWindowNs = nowNs + config.lqWindowIntervalNs();
        return timers.lqWindowNs;
    }

    /** Removes expired tuples, counts missed HELLOs and recomputes MPRs and routes if needed. */
    public void expire(long nowNs) {
        timers.lastNowNs = Math.max(timers.lastNowNs, nowNs);
        bases.links().checkMissedHellos(nowNs);
        bases.links().expire(nowNs);
        if (bases.neighbors().rebuild(bases.links(), bases.mid(), nowNs)) {
            processor.markLinksChanged();
        }
        if (bases.twoHop().expire(nowNs)) {
            processor.markNeighborhoodChanged(); // the route calculator hears of the lost edges itself
        }
        // MPR selectors only decide what this node's TCs advertise and which floods it relays
        bases.mprSelectors().expire(nowNs);
        bases.mprSelectors().retainSymmetric(bases.neighbors());
        bases.topology().expire(nowNs); // heard by the route calculator edge by edge
        if (bases.mid().expire(nowNs) | bases.associations().expire(nowNs)) {
            processor.markTopologyChanged();
        }
        bases.duplicates().expire(nowNs);
        recompute(nowNs);
    }

    /**
     * Handles one received OLSR packet (UDP payload) from the neighbour interface {@code from}.
     * Malformed packets are counted and dropped.
     *
     * @return false if the packet was malformed
     */
    public boolean onPacket(byte[] packet, NodeAddress from, long nowNs) {
        packetsReceived++;
        expire(nowNs);
        OlsrPacket decoded;
        try {
            decoded = codec.decode(packet);
        } catch (MalformedPacketException e) {
            malformedPackets++;
            return false;
        }
        if (config.linkQuality()) {
            var link = bases.links().find(from);
            if (link != null) {
                link.estimator().onPacket(decoded.sequenceNumber());
            }
        }
        List<OlsrMessage> toForward = new ArrayList<>();
        for (OlsrMessage m : decoded.messages()) {
            handleMessage(m, from, nowNs).ifPresent(toForward::add);
        }
        recompute(nowNs);
        if (!toForward.isEmpty()) {
            messagesForwarded += toForward.size();
            send(toForward, nowNs);
        }
        return true;
    }

    private Optional<OlsrMessage> handleMessage(OlsrMessage m, NodeAddress from, long nowNs) {
        if (m.header().ttl() == 0 || m.header().originator().equals(self)
                || config.interfaceAliases().contains(m.header().originator())) {
            return Optional.empty();
        }
        if (forwarding.isNew(m.header())) {
            process(m, from, nowNs);
        }
        return forwarding.consider(m, from, nowNs);
    }

    private void process(OlsrMessage m, NodeAddress from, long nowNs) {
        boolean lq = config.linkQuality();
        if (m instanceof LqHelloMessage h && lq) {
            processor.onLqHello(h, from, nowNs);
        } else if (m instanceof HelloMessage h && !lq) {
            processor.onHello(h, from, nowNs);
        } else if (m instanceof LqTcMessage tc && lq) {
            processor.onLqTc(tc, from, nowNs);
        } else if (m instanceof TcMessage tc && !lq) {
            processor.onTc(tc, from, nowNs);
        } else if (m instanceof MidMessage mid) {
            processor.onMid(mid, from, nowNs);
        } else if (m instanceof HnaMessage hna) {
            processor.onHna(hna, from, nowNs);
        } else if (m instanceof PrivateMessage<?> p) {
            privateMessages.deliver(from, p, nowNs);
        }
    }

    /**
     * Notes what the last changes make stale: the MPR set if the 1-hop or 2-hop neighbourhood
     * changed; the routes if this node's links, MID or HNA changed or the route calculator judged
     * that a changed 2-hop or topology edge may alter its shortest-path tree. Both are recomputed
     * only when needed: the MPR set when a HELLO or TC is built, the routes when the table is read
     * (at once with a route listener; at the route timer with a recalculation delay). The result is
     * the same as recomputing after every change, because nothing else changes the bases between.
     */
    private void recompute(long nowNs) {
        boolean links = processor.takeLinksChanged();
        mprDirty |= processor.takeNeighborhoodChanged() | links;
        routesDirty |= links | processor.takeTopologyChanged() | routeCalculator.takeGraphChanged();
        if (!routesDirty) {
            return;
        }
        if (config.routeRecalculationDelayNs() > 0) {
            if (timers.routeNs == Long.MAX_VALUE) {
                timers.routeNs = nowNs + config.routeRecalculationDelayNs();
            }
        } else if (eagerRoutes) {
            recalculateRoutes(nowNs);
        }
    }

    private void updateMprs(long nowNs) {
        if (mprDirty) {
            mprDirty = false;
            mprCalculator.update(bases, nowNs);
        }
    }

    private boolean inverseRule() {
        return config.linkQuality() && config.tcRedundancy() == 2;
    }

    /** The deferred route recalculation (only with a route recalculation delay). */
    public void onRouteTimer(long nowNs) {
        timers.routeNs = Long.MAX_VALUE;
        expire(nowNs);
        if (routesDirty) {
            recalculateRoutes(nowNs);
        }
    }

    private void recalculateRoutes(long nowNs) {
        RoutingTable next = routeCalculator.calculate(nowNs);
        if (next != routingTable) {
            RouteChanges.report(routingTable, next, nowNs, routeListener);
            routingTable = next;
        }
        routesDirty = false;
    }

    /**
     * The routing table recalculated from scratch from the current information bases, without
     * changing the agent: for verification (it must equal {@link #routingTable()} whenever no
     * deferred recalculation is pending).
     */
    public RoutingTable referenceRoutingTable(long nowNs) {
        return RouteComputation.compute(bases, config.linkQuality(), inverseRule(), config.localHna(), nowNs);
    }

    /**
     * Originates a message of a registered private type: this node as originator, the next message
     * sequence number, Vtime for {@code validityNs}, the given TTL (1: the 1-hop neighbours only).
     */
    public <B> void originatePrivate(PrivateMessageType<B> type, B body, long validityNs, int ttl, long nowNs) {
        if (!privateMessages.types().contains(type)) {
            throw new IllegalArgumentException("private message type " + type.messageType() + " is not registered");
        }
        var header = factory.extensionHeader(type.messageType(), validityNs, ttl);
        originate(List.of(new PrivateMessage<>(header, type, body)), nowNs);
    }

    private void originate(List<OlsrMessage> messages, long nowNs) {
        messagesOriginated += messages.size();
        send(messages, nowNs);
    }

    private void send(List<OlsrMessage> messages, long nowNs) {
        List<OlsrMessage> batch = new ArrayList<>();
        int size = OlsrPacket.HEADER_SIZE;
        for (OlsrMessage m : messages) {
            if (!batch.isEmpty() && size + m.messageSize() > config.maxPacketBytes()) {
                emit(batch, nowNs);
                batch = new ArrayList<>();
                size = OlsrPacket.HEADER_SIZE;
            }
            batch.add(m);
            size += m.messageSize();
        }
        emit(batch, nowNs);
    }

    private void emit(List<OlsrMessage> batch, long nowNs) {
        packetSequence = SequenceNumbers.next(packetSequence);
        byte[] bytes = codec.encode(new OlsrPacket(packetSequence, batch));
        packetsSent++;
        bytesSent += bytes.length;
        output.broadcast(bytes, nowNs);
    }

    public NodeAddress address() {
        return self;
    }

    public OlsrConfig config() {
        return config;
    }

    /** The routing table at {@code nowNs}: expires what is due first (see {@link #nextTimerNs()}). */
    public RoutingTable routingTable(long nowNs) {
        expire(nowNs);
        return routingTable();
    }

    /** The current routing table (immutable snapshot) as of the last call into the agent. */
    public RoutingTable routingTable() {
        if (routesDirty && !eagerRoutes && config.routeRecalculationDelayNs() == 0) {
            recalculateRoutes(timers.lastNowNs);
        }
        return routingTable;
    }

    /**
     * Whether some node announces the default route by HNA (a default route may exist); without
     * one, the routing table need not be consulted for it.
     */
    public boolean knowsDefaultGateway() {
        return bases.associations().announces(Ipv4Prefix.DEFAULT_ROUTE)
                || config.localHna().contains(Ipv4Prefix.DEFAULT_ROUTE);
    }

    /** Read-only view of the information bases, for inspection and tests. */
    public OlsrView view() {
        updateMprs(timers.lastNowNs);
        return new OlsrView(bases);
    }

    public OlsrStats stats() {
        return new OlsrStats(packetsSent, bytesSent, messagesOriginated, messagesForwarded, packetsReceived,
                malformedPackets);
    }
}
