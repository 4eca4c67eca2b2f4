package carma.corenet.broker;

import carma.corenet.diffserv.Psc;
import carma.corenet.network.CoreNetwork;
import carma.corenet.network.PortClassStats;
import carma.corenet.topology.LinkId;
import carma.corenet.topology.LinkSpec;
import carma.corenet.trace.CongestionRecord;
import carma.kernel.event.EventSink;
import carma.kernel.sim.Simulator;
import java.util.List;

/**
 * The network-status database and its measurement analyst (seed 001 §7.1): polls every port's
 * counters each poll interval and keeps, per link and class, the sent rate measured over a sliding
 * window (over the time since the start until the window is full); flags congestion with
 * hysteresis and publishes a {@link CongestionRecord} and a {@link CongestionListener} event on
 * every change.
 */
public final class NetworkStatusDb implements EventSink<NetworkStatusDb.Poll> {
    /** The periodic poll event. */
    public enum Poll { POLL }

    private static final int CLASSES = Psc.values().length;

    private final Simulator sim;
    private final CoreNetwork network;
    private final BrokerPolicy policy;
    private final CongestionListener listener;
    private final List<LinkSpec> links;
    private final int slots;
    /** ring[slot][link * CLASSES + class] = cumulative {sent bytes, arrived, dropped} at that poll. */
    private final long[][] sentRing;
    private final long[][] arrivedRing;
    private final long[][] droppedRing;
    private final long[] pollTimeNs;
    private final boolean[] congested;
    private int polls;

    public NetworkStatusDb(Simulator sim, CoreNetwork network, BrokerPolicy policy, CongestionListener listener) {
        this.sim = sim;
        this.network = network;
        this.policy = policy;
        this.listener = listener;
        this.links = network.topology().links();
        this.slots = (int) (policy.windowNs() / policy.pollIntervalNs()) + 1;
        int n = links.size() * CLASSES;
        this.sentRing = new long[slots][n];
        this.arrivedRing = new long[slots][n];
        this.droppedRing = new long[slots][n];
        this.pollTimeNs = new long[slots];
        this.congested = new boolean[links.size()];
        sim.schedule(sim.nowNs(), this, Poll.POLL);
    }

    @Override
    public void onEvent(long nowNs, Poll event) {
        int slot = polls % slots;
        List<PortClassStats> stats = network.portStats();
        for (int i = 0; i < stats.size(); i++) {
            PortClassStats s = stats.get(i);
            sentRing[slot][i] = s.sentBytes();
            arrivedRing[slot][i] = s.arrivedPackets();
            droppedRing[slot][i] = s.droppedPackets();
        }
        pollTimeNs[slot] = nowNs;
        polls++;
        if (polls > 1) {
            updateCongestion(nowNs);
        }
        sim.schedule(nowNs + policy.pollIntervalNs(), this, Poll.POLL);
    }

    /** M_c,e: class {@code psc}'s sent rate on {@code link} over the window, in bit/s (0 before two polls). */
    public double measuredRateBps(LinkId link, Psc psc) {
        if (polls < 2) {
            return 0;
        }
        int i = network.topology().linkIndex(link) * CLASSES + psc.ordinal();
        int newest = (polls - 1) % slots;
        int oldest = polls >= slots ? polls % slots : 0;
        double seconds = (pollTimeNs[newest] - pollTimeNs[oldest]) / 1e9;
        return (sentRing[newest][i] - sentRing[oldest][i]) * 8 / seconds;
    }

    public boolean congested(LinkId link) {
        return congested[network.topology().linkIndex(link)];
    }

    private void updateCongestion(long nowNs) {
        int newest = (polls - 1) % slots;
        int oldest = polls >= slots ? polls % slots : 0;
        for (int l = 0; l < links.size(); l++) {
            LinkSpec link = links.get(l);
            double rate = 0;
            for (Psc p : Psc.values()) {
                rate += measuredRateBps(link.id(), p);
            }
            double u = rate / link.rateBps();
            long arrived = 0;
            long dropped = 0;
            for (Psc p : new Psc[] {Psc.EF, Psc.AF4}) {
                int i = l * CLASSES + p.ordinal();
                arrived += arrivedRing[newest][i] - arrivedRing[oldest][i];
                dropped += droppedRing[newest][i] - droppedRing[oldest][i];
            }
            double loss = arrived == 0 ? 0 : (double) dropped / arrived;
            boolean was = congested[l];
            boolean now = was ? !(u < policy.clearedUtilisation() && loss < policy.clearedLossRatio())
                    : u >= policy.congestedUtilisation() || loss >= policy.congestedLossRatio();
            if (now != was) {
                congested[l] = now;
                if (sim.traceBus().wants(CongestionRecord.class)) {
                    sim.traceBus().publish(new CongestionRecord(nowNs, link.id().toString(), u, loss, now));
                }
                listener.onCongestion(nowNs, link.id(), now);
            }
        }
    }
}
