package carma.mesh.transport;

import carma.kernel.event.EventSink;
import carma.mesh.measure.FlowMeter;
import carma.mesh.net.FlowSpec;
import carma.mesh.net.MeshNetwork;
import carma.mesh.net.Packet;
import carma.mesh.net.PacketKind;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/**
 * An elastic TCP-like transfer (NewReno-style AIMD): slow start, congestion avoidance, fast
 * retransmit on three duplicate ACKs with NewReno partial-ACK recovery, RTO with exponential
 * backoff (RFC 6298 estimator, 200 ms floor), plus a delay signal: when the smoothed RTT exceeds the
 * minimum RTT by more than {@code delayThresholdNs}, the window shrinks by {@code delayBackoff} at
 * most once per RTT. One ACK per segment, cumulative. Goodput is counted at the receiver for new
 * in-order bytes. {@link #resume()} lets a relay restart transmission after a path change without
 * treating the loss as congestion.
 */
public final class TcpLikeFlow implements EventSink<TcpLikeFlow.Timer> {
    /** Retransmission timer (stale generations are ignored). */
    public record Timer(long generation) {}

    /**
     * Parameters of a transfer.
     *
     * @param appRateBps rate at which the sending application produces data (0: all of it is ready
     *     at once, a bulk transfer); data produced while the path is down waits in the send buffer
     */
    public record Params(int segmentBytes, long totalBytes, int ackBytes, long delayThresholdNs, double delayBackoff,
            long appRateBps) {
        /** 1500-byte segments, 40-byte ACKs, delay reaction above 500 ms of queueing, window x 0.8. */
        public static Params bulk(long totalBytes) {
            return new Params(1500, totalBytes, 40, 500_000_000L, 0.8, 0);
        }

        /** The same with an application-limited sender. */
        public Params withAppRate(long bps) {
            return new Params(segmentBytes, totalBytes, ackBytes, delayThresholdNs, delayBackoff, bps);
        }
    }

    private static final long APP_WAKEUP = -2;

    private static final long MIN_RTO_NS = 200_000_000L;
    private static final long MAX_RTO_NS = 60_000_000_000L;

    private final MeshNetwork net;
    private final FlowSpec data;
    private final FlowSpec acks;
    private final Params params;
    private final FlowMeter meter;
    private final long totalSegments;
    private final Map<Long, Long> sentAt = new HashMap<>();
    private final BitSet retransmitted = new BitSet();
    private long nextSeq;
    private long acked;
    private double cwnd = 2;
    private double ssthresh = Double.MAX_VALUE;
    private int dupAcks;
    private boolean recovering;
    private long recover;
    private double srttNs = -1;
    private double rttvarNs;
    private long rtoNs = 1_000_000_000L;
    private long minRttNs = Long.MAX_VALUE;
    private long lastDecreaseNs = Long.MIN_VALUE / 2;
    private long timerGen;
    private boolean appWakeupPending;
    private long completedNs = -1;
    private long startNs;
    // receiver
    private long expected;
    private final BitSet received = new BitSet();

    public TcpLikeFlow(MeshNetwork net, FlowSpec data, FlowSpec acks, Params params, long startNs, FlowMeter meter) {
        this.net = net;
        this.data = data;
        this.acks = acks;
        this.params = params;
        this.meter = meter;
        this.totalSegments = params.totalBytes() <= 0 ? Long.MAX_VALUE
                : (params.totalBytes() + params.segmentBytes() - 1) / params.segmentBytes();
        net.addFlow(data);
        net.addFlow(acks);
        net.registerEndpoint(data.id(), this::onData);
        net.registerEndpoint(acks.id(), this::onAck);
        net.simulator().schedule(startNs, this, new Timer(-1));
    }

    public FlowSpec dataFlow() {
        return data;
    }

    public FlowSpec ackFlow() {
        return acks;
    }

    /** Time the last byte was acknowledged, or -1. */
    public long completedNs() {
        return completedNs;
    }

    public long startNs() {
        return startNs;
    }

    public double cwnd() {
        return cwnd;
    }

    @Override
    public void onEvent(long nowNs, Timer t) {
        if (t.generation() == -1) {
            startNs = nowNs;
            trySend();
            return;
        }
        if (t.generation() == APP_WAKEUP) {
            appWakeupPending = false;
            trySend();
            return;
        }
        if (t.generation() != timerGen || acked >= nextSeq || completedNs >= 0) {
            return;
        }
        ssthresh = Math.max((nextSeq - acked) / 2.0, 2);
        cwnd = 1;
        recovering = false;
        dupAcks = 0;
        rtoNs = Math.min(rtoNs * 2, MAX_RTO_NS);
        nextSeq = acked;
        trySend();
    }

    /** Relay resumption after a path change: go back to the first unacknowledged segment now. */
    public void resume() {
        if (completedNs >= 0 || acked >= nextSeq) {
            return;
        }
        recovering = false;
        dupAcks = 0;
        rtoNs = Math.max(MIN_RTO_NS, srttNs > 0 ? (long) (srttNs + 4 * rttvarNs) : rtoNs);
        nextSeq = acked;
        trySend();
    }

    private void trySend() {
        long available = produced(net.simulator().nowNs());
        while (nextSeq < available && nextSeq - acked < Math.max(1, (long) cwnd)) {
            transmit(nextSeq++);
        }
        if (nextSeq >= available && available < totalSegments && !appWakeupPending
                && nextSeq - acked < Math.max(1, (long) cwnd)) {
            appWakeupPending = true;
            long segNs = params.segmentBytes() * 8L * 1_000_000_000L / params.appRateBps();
            net.simulator().scheduleIn(Math.max(1, segNs), this, new Timer(APP_WAKEUP));
        }
    }

    /** Segments the application has handed to the transport by {@code nowNs}. */
    private long produced(long nowNs) {
        if (params.appRateBps() <= 0) {
            return totalSegments;
        }
        long bytes = (long) ((nowNs - startNs) * 1e-9 * params.appRateBps() / 8);
        return Math.min(totalSegments, bytes / params.segmentBytes() + 1);
    }

    private void transmit(long seq) {
        long now = net.simulator().nowNs();
        if (sentAt.containsKey(seq)) {
            retransmitted.set((int) Math.min(seq, Integer.MAX_VALUE));
        }
        sentAt.put(seq, now);
        meter.countSent();
        net.send(net.newPacket(data, PacketKind.DATA, seq, 0, params.segmentBytes()));
        if (seq == acked || timerGen == 0) {
            armTimer();
        }
    }

    private void armTimer() {
        net.simulator().scheduleIn(rtoNs, this, new Timer(++timerGen));
    }

    private void onData(Packet p, long nowNs) {
        int s = (int) p.seq();
        if (!received.get(s)) {
            received.set(s);
            meter.onReceived(p, nowNs);
            long before = expected;
            while (received.get((int) expected)) {
                expected++;
            }
            if (expected > before) {
                meter.onGoodBytes((expected - before) * params.segmentBytes(), nowNs);
            }
        }
        net.send(net.newPacket(acks, PacketKind.TRANSPORT_ACK, s, expected, params.ackBytes()));
    }

    private void onAck(Packet p, long nowNs) {
        if (p.kind() != PacketKind.TRANSPORT_ACK) {
            return;
        }
        long ack = p.ackSeq();
        if (ack > acked) {
            long newly = ack - acked;
            Long t0 = sentAt.get(ack - 1);
            if (t0 != null && !retransmitted.get((int) Math.min(ack - 1, Integer.MAX_VALUE))) {
                sampleRtt(nowNs - t0);
            }
            for (long s = acked; s < ack; s++) {
                sentAt.remove(s);
            }
            acked = ack;
            dupAcks = 0;
            if (recovering) {
                if (ack > recover) {
                    recovering = false;
                    cwnd = ssthresh;
                } else {
                    transmit(acked);
                }
            } else if (cwnd < ssthresh) {
                cwnd += newly;
            } else {
                cwnd += newly / cwnd;
            }
            delaySignal(nowNs);
            if (acked >= totalSegments) {
                completedNs = nowNs;
                timerGen++;
                return;
            }
            if (nextSeq < acked) {
                nextSeq = acked;
            }
            armTimer();
        } else if (ack == acked && nextSeq > acked) {
            dupAcks++;
            if (dupAcks == 3 && !recovering) {
                ssthresh = Math.max(cwnd / 2, 2);
                cwnd = ssthresh + 3;
                recover = nextSeq - 1;
                recovering = true;
                lastDecreaseNs = nowNs;
                transmit(acked);
            } else if (recovering) {
                cwnd += 1;
            }
        }
        trySend();
    }

    private void sampleRtt(long rttNs) {
        minRttNs = Math.min(minRttNs, rttNs);
        if (srttNs < 0) {
            srttNs = rttNs;
            rttvarNs = rttNs / 2.0;
        } else {
            rttvarNs = 0.75 * rttvarNs + 0.25 * Math.abs(srttNs - rttNs);
            srttNs = 0.875 * srttNs + 0.125 * rttNs;
        }
        rtoNs = Math.min(MAX_RTO_NS, Math.max(MIN_RTO_NS, (long) (srttNs + 4 * rttvarNs)));
    }

    private void delaySignal(long nowNs) {
        if (srttNs < 0 || recovering) {
            return;
        }
        if (srttNs - minRttNs > params.delayThresholdNs() && nowNs - lastDecreaseNs > srttNs) {
            cwnd = Math.max(2, cwnd * params.delayBackoff());
            ssthresh = cwnd;
            lastDecreaseNs = nowNs;
        }
    }
}
