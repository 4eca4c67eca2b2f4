package carma.mesh.danum;

import carma.kernel.random.RandomStream;
import carma.mesh.net.Decision;
import carma.mesh.net.DropReason;
import carma.mesh.net.FlowId;
import carma.mesh.net.NextHop;
import carma.mesh.net.NodeQueues;
import carma.mesh.net.Packet;
import carma.mesh.net.PacketKind;
import carma.mesh.net.SchedulingPolicy;

/**
 * DANUM's forwarding at one node (danum.md section 3.2, [reconstructed]): per-flow queues capped at
 * Q_cap; soft admission and the elastic token bucket at the flow's ingress; expiry of
 * delay-sensitive packets older than D_max; and the queue-level max-weight choice over flows and
 * the downstream next-hop set, W = (beta_s Q_n^s - B_m^s + beta_s age_HOL / tau) r_nm with
 * r_nm = PHY rate / ETX, staying silent unless the best weight exceeds W_min. The head-of-line age
 * term (Neely's delay-based weights, danum.md section 2.2) is our addition against the last-packet
 * problem of plain backpressure: a lone packet of a light flow is not starved by a long queue. The differential (B_n - B_m)/V is the hop's
 * Denarii credit.
 */
final class DanumScheduler implements SchedulingPolicy {
    private final Danum danum;
    private final BacklogTable table;
    private final RandomStream discard;

    DanumScheduler(Danum danum, RandomStream discard) {
        this.danum = danum;
        this.table = new BacklogTable(3 * danum.params().advertPeriodNs());
        this.discard = discard;
    }

    BacklogTable table() {
        return table;
    }

    @Override
    public DropReason admit(int node, Packet p, NodeQueues queues, long nowNs) {
        FlowState st = danum.state(p.flow());
        if (isIngress(node, p)) {
            st.ingress = node;
            st.observePacket(p.sizeBytes());
            if (st.admission == AdmissionState.REFUSED
                    || st.admission == AdmissionState.DEGRADED && discard.bernoulli(st.discardProbability)) {
                return DropReason.ADMISSION;
            }
        }
        return queues.size(p.flow()) < danum.params().flowCapPackets() ? null : DropReason.QUEUE_FULL;
    }

    /** The elastic admission rate shapes the data packets of elastic flows at their ingress (not ACKs). */
    private static boolean shaped(FlowState st, int node, Packet p) {
        return st.elastic() && p.kind() == PacketKind.DATA && isIngress(node, p);
    }

    static boolean isIngress(int node, Packet p) {
        return p.src().index() == node || p.viaGateway() == node;
    }

    @Override
    public Decision select(int node, NodeQueues queues, NextHops hops, long nowNs) {
        DanumParameters par = danum.params();
        FlowId bestFlow = null;
        int bestHop = -1;
        double bestW = par.wMin();
        double bestDiff = 0;
        int depth = 4 * par.meanPacketBytes();
        for (FlowId f : queues.flows()) {
            int q = queues.size(f);
            if (q == 0) {
                continue;
            }
            Packet p = queues.head(f).packet();
            FlowState st = danum.state(f);
            long maxAge = st.cls.maxDelayNs();
            if (maxAge > 0 && nowNs - p.createdNs() > maxAge) {
                return new Decision.Drop(queues.pollHead(f).packet(), DropReason.EXPIRED);
            }
            if (shaped(st, node, p) && !st.hasToken(nowNs, p.sizeBytes(), depth)) {
                continue;
            }
            double bn = st.beta * q;
            double ageBonus = st.beta * (nowNs - queues.head(f).enqueuedNs()) / (double) par.holAgeNs();
            for (NextHop h : hops.candidates(node, p)) {
                double bm = danum.isDanumNode(h.node()) && h.node() != p.dst().index() ? table.backlog(h.node(), f.value(), nowNs)
                        : 0;
                double diff = bn - bm;
                if (diff + ageBonus <= 0) {
                    continue;
                }
                double w = (diff + ageBonus) * danum.linkRateMbps(node, h.node()) / Math.max(1, h.linkEtx());
                if (w > bestW) {
                    bestW = w;
                    bestFlow = f;
                    bestHop = h.node();
                    bestDiff = diff;
                }
            }
        }
        if (bestFlow == null) {
            return routeless(node, queues, hops);
        }
        Packet p = queues.pollHead(bestFlow).packet();
        FlowState st = danum.state(bestFlow);
        if (shaped(st, node, p)) {
            st.takeToken(nowNs, p.sizeBytes(), depth);
        }
        return new Decision.Send(p, bestHop, danum.toMinor(Math.max(0, bestDiff) / par.v()));
    }

    /** Packets with no next hop at all are dropped (no route), so they do not block silently. */
    private Decision routeless(int node, NodeQueues queues, NextHops hops) {
        for (FlowId f : queues.flows()) {
            if (queues.size(f) > 0 && hops.candidates(node, queues.head(f).packet()).isEmpty()) {
                return new Decision.Drop(queues.pollHead(f).packet(), DropReason.NO_ROUTE);
            }
        }
        return null;
    }
}
