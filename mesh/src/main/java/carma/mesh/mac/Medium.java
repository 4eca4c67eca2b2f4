package carma.mesh.mac;

import carma.kernel.event.EventSink;
import carma.kernel.random.RandomStream;
import carma.kernel.sim.Simulator;
import carma.mesh.link.LinkBudget;
import carma.mesh.link.RadioProfile;
import carma.radio.wifi.FrameAirtime;
import carma.radio.wifi.PhyMode;
import carma.radio.wifi.WifiStandard;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * One shared 802.11 channel with event-level DCF (basic access): physical carrier sense from the
 * received power of every ongoing transmission, slotted backoff that freezes while the medium is
 * busy and resumes DIFS after it falls idle, binary exponential backoff and a retry limit for
 * unicast frames, virtual carrier sense (NAV) through the ACK of a successful exchange, and
 * reception decided per receiver from the SINR over the frame (the largest interference seen while
 * it lasts) through the PHY's frame error model. Hidden terminals, capture and half duplex follow
 * from that. Simplifications (documented in docs/models.md): zero propagation delay; ACKs are
 * never lost and do not interfere; after a failed attempt the sender resumes contention with
 * everyone else (Bianchi's T_c, no separate ACK timeout or EIFS).
 */
public final class Medium implements EventSink<Medium.Event> {
    /** The medium's own timed events. */
    public sealed interface Event permits AttemptDue, DataEnd, ExchangeEnd {}

    record AttemptDue(int node, long generation) implements Event {}

    record DataEnd(Transmission tx) implements Event {}

    record ExchangeEnd(Transmission tx) implements Event {}

    private static final class Reception {
        final int node;
        final double signalMw;
        double maxInterferenceMw;
        boolean failed;

        Reception(int node, double signalMw, double interferenceMw) {
            this.node = node;
            this.signalMw = signalMw;
            this.maxInterferenceMw = interferenceMw;
        }
    }

    private static final class Transmission {
        final Frame frame;
        final PhyMode mode;
        final int psduBytes;
        final List<Reception> receptions = new ArrayList<>(4);
        int[] csNodes;
        double[] powerMw;
        int[] navNodes;

        Transmission(Frame frame, PhyMode mode, int psduBytes) {
            this.frame = frame;
            this.mode = mode;
            this.psduBytes = psduBytes;
        }
    }

    private final Simulator sim;
    private final LinkBudget budget;
    private final RadioProfile radio;
    private final FrameAirtime airtime;
    private final MacListener listener;
    private final RandomStream backoffRandom;
    private final RandomStream receptionRandom;
    private final int n;
    private final ArrayDeque<Frame>[] queues;
    private final int[] busy;
    private final long[] idleSince;
    private final long[] countStart;
    private final int[] backoff;
    private final int[] stage;
    private final int[] attempts;
    private final long[] attemptAt;
    private final long[] attemptGen;
    private final boolean[] transmitting;
    private final double[] totalMw;
    private final List<Transmission> active = new ArrayList<>();
    private final MediumStats stats = new MediumStats();
    private final int[][] csCache;
    private long csCacheVersion = -1;

    @SuppressWarnings("unchecked")
    public Medium(Simulator sim, LinkBudget budget, MacListener listener, String streamPrefix) {
        this.sim = sim;
        this.budget = budget;
        this.radio = budget.radio();
        this.airtime = radio.airtime();
        this.listener = listener;
        this.backoffRandom = sim.streams().stream(streamPrefix + ".backoff");
        this.receptionRandom = sim.streams().stream(streamPrefix + ".reception");
        this.n = budget.size();
        queues = new ArrayDeque[n];
        for (int i = 0; i < n; i++) {
            queues[i] = new ArrayDeque<>();
        }
        busy = new int[n];
        idleSince = new long[n];
        countStart = new long[n];
        backoff = new int[n];
        java.util.Arrays.fill(backoff, -1);
        stage = new int[n];
        attempts = new int[n];
        attemptAt = new long[n];
        attemptGen = new long[n];
        transmitting = new boolean[n];
        totalMw = new double[n];
        csCache = new int[n][];
    }

    public MediumStats stats() {
        return stats;
    }

    /** Room left in the driver queue of {@code node}. */
    public int room(int node) {
        return radio.macQueueFrames() - queues[node].size();
    }

    /** Frames waiting in the driver queue (incl. the one in transmission). */
    public int queued(int node) {
        return queues[node].size();
    }

    /** Hands a frame to the driver queue; false if it is full. */
    public boolean enqueue(Frame frame) {
        int s = frame.tx();
        if (queues[s].size() >= radio.macQueueFrames()) {
            return false;
        }
        queues[s].addLast(frame);
        if (queues[s].size() == 1) {
            scheduleAttempt(s);
        }
        return true;
    }

    @Override
    public void onEvent(long nowNs, Event event) {
        if (event instanceof AttemptDue a) {
            if (a.generation() == attemptGen[a.node()] && !queues[a.node()].isEmpty()) {
                startTransmission(a.node(), nowNs);
            }
        } else if (event instanceof DataEnd d) {
            onDataEnd(d.tx(), nowNs);
        } else if (event instanceof ExchangeEnd e) {
            endBusy(e.tx().navNodes, nowNs);
            finishSender(e.tx().frame.tx(), e.tx().frame, true, nowNs);
        }
    }

    private void scheduleAttempt(int s) {
        if (transmitting[s] || busy[s] > 0 || queues[s].isEmpty()) {
            return;
        }
        WifiStandard std = radio.standard();
        long now = sim.nowNs();
        if (backoff[s] < 0) {
            backoff[s] = backoffRandom.nextInt((std.cwMin() + 1) << stage[s]);
        }
        long start = idleSince[s] + std.difsNs();
        if (now > start) {
            long slots = (now - start + std.slotNs() - 1) / std.slotNs();
            start += slots * std.slotNs();
        }
        countStart[s] = start;
        attemptAt[s] = start + (long) backoff[s] * std.slotNs();
        sim.schedule(attemptAt[s], this, new AttemptDue(s, ++attemptGen[s]));
    }

    private void onBusy(int j, long now) {
        if (transmitting[j] || queues[j].isEmpty() || backoff[j] < 0 || attemptAt[j] == now) {
            return; // nothing counting down, or it fires in this very slot and collides
        }
        long elapsed = Math.max(0, (now - countStart[j]) / radio.standard().slotNs());
        backoff[j] = (int) Math.max(0, backoff[j] - elapsed);
        attemptGen[j]++;
    }

    private void onIdle(int j, long now) {
        idleSince[j] = now;
        scheduleAttempt(j);
    }

    private void startTransmission(int s, long now) {
        Frame f = queues[s].peekFirst();
        attempts[s]++;
        stats.attempts++;
        PhyMode mode = f.broadcast() ? radio.broadcastMode() : budget.unicastMode(s, f.rx());
        int psdu = FrameAirtime.psduBytesForIpPacket(f.ipBytes());
        Transmission tx = new Transmission(f, mode, psdu);
        transmitting[s] = true;
        backoff[s] = -1;
        for (Transmission other : active) {
            for (Reception r : other.receptions) {
                if (r.node == s) {
                    r.failed = true; // half duplex
                }
            }
        }
        tx.powerMw = new double[n];
        for (int j = 0; j < n; j++) {
            tx.powerMw[j] = budget.rxPowerMw(s, j);
            totalMw[j] += tx.powerMw[j];
        }
        for (Transmission other : active) {
            for (Reception r : other.receptions) {
                r.maxInterferenceMw = Math.max(r.maxInterferenceMw, totalMw[r.node] - r.signalMw);
            }
        }
        addReceptions(tx, s);
        active.add(tx);
        tx.csNodes = carrierSenseSet(s);
        for (int j : tx.csNodes) {
            if (busy[j]++ == 0) {
                onBusy(j, now);
            }
        }
        sim.scheduleIn(airtime.ppduNs(mode, psdu), this, new DataEnd(tx));
    }

    private void addReceptions(Transmission tx, int s) {
        Frame f = tx.frame;
        double cutoffDbm = tx.mode.sensitivityDbm() - 6;
        if (f.broadcast()) {
            for (int j = 0; j < n; j++) {
                if (j != s && budget.rxPowerDbm(s, j) >= cutoffDbm) {
                    addReception(tx, s, j);
                }
            }
        } else {
            addReception(tx, s, f.rx());
        }
    }

    private void addReception(Transmission tx, int s, int j) {
        double sig = budget.rxPowerMw(s, j);
        Reception r = new Reception(j, sig, totalMw[j] - sig);
        r.failed = transmitting[j] || sig == 0;
        tx.receptions.add(r);
    }

    /** The nodes that sense a transmission of {@code s}; cached per node until a node moves. */
    private int[] carrierSenseSet(int s) {
        if (csCacheVersion != budget.version()) {
            java.util.Arrays.fill(csCache, null);
            csCacheVersion = budget.version();
        }
        int[] cs = csCache[s];
        if (cs == null) {
            cs = computeCarrierSenseSet(s);
            csCache[s] = cs;
        }
        return cs;
    }

    private int[] computeCarrierSenseSet(int s) {
        int count = 0;
        int[] tmp = new int[n];
        for (int j = 0; j < n; j++) {
            if (j != s && budget.rxPowerDbm(s, j) >= radio.carrierSenseDbm()) {
                tmp[count++] = j;
            }
        }
        return java.util.Arrays.copyOf(tmp, count);
    }

    private void onDataEnd(Transmission tx, long now) {
        active.remove(tx);
        int s = tx.frame.tx();
        for (int j = 0; j < n; j++) {
            totalMw[j] = active.isEmpty() ? 0 : Math.max(0, totalMw[j] - tx.powerMw[j]);
        }
        boolean unicastOk = false;
        for (Reception r : tx.receptions) {
            if (!r.failed && decode(tx, r)) {
                if (!tx.frame.broadcast()) {
                    unicastOk = true;
                }
                listener.onFrameReceived(r.node, tx.frame, now);
            }
        }
        int[] cs = tx.csNodes;
        if (unicastOk) {
            int[] nav = union(cs, carrierSenseSet(tx.frame.rx()), s);
            for (int j : nav) {
                if (busy[j]++ == 0) {
                    onBusy(j, now);
                }
            }
            tx.navNodes = nav;
            endBusy(cs, now);
            long exchange = radio.standard().sifsNs() + airtime.ackNs(tx.mode);
            sim.scheduleIn(exchange, this, new ExchangeEnd(tx));
            stats.successes++;
            return;
        }
        endBusy(cs, now);
        if (!tx.frame.broadcast()) {
            stats.failures++;
        }
        finishSender(s, tx.frame, tx.frame.broadcast(), now);
    }

    private boolean decode(Transmission tx, Reception r) {
        double sinrDb = 10 * Math.log10(r.signalMw / (budget.noiseMw() + r.maxInterferenceMw));
        double per = radio.errors().frameErrorProbability(tx.mode, sinrDb, tx.psduBytes);
        return per < 1 && receptionRandom.nextDouble() >= per;
    }

    private void endBusy(int[] nodes, long now) {
        for (int j : nodes) {
            if (--busy[j] == 0) {
                onIdle(j, now);
            }
        }
    }

    private void finishSender(int s, Frame f, boolean delivered, long now) {
        transmitting[s] = false;
        boolean done = delivered || f.broadcast() || attempts[s] >= radio.retryLimit();
        int usedAttempts = attempts[s];
        if (done) {
            queues[s].pollFirst();
            stage[s] = 0;
            attempts[s] = 0;
            if (!delivered && !f.broadcast()) {
                stats.drops++;
            }
        } else {
            stage[s] = Math.min(stage[s] + 1, radio.standard().backoffStages());
        }
        idleSince[s] = now;
        backoff[s] = -1;
        if (done) {
            listener.onTransmitDone(s, f, delivered || f.broadcast(), usedAttempts, now);
        }
        scheduleAttempt(s);
        if (done) {
            listener.onMacReady(s, now);
        }
    }

    /** The sorted union of two sorted node lists, without {@code exclude}. */
    private static int[] union(int[] a, int[] b, int exclude) {
        int[] out = new int[a.length + b.length];
        int i = 0;
        int j = 0;
        int k = 0;
        while (i < a.length || j < b.length) {
            int x = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i] : b[j];
            if (i < a.length && a[i] == x) {
                i++;
            }
            if (j < b.length && b[j] == x) {
                j++;
            }
            if (x != exclude) {
                out[k++] = x;
            }
        }
        return java.util.Arrays.copyOf(out, k);
    }
}
