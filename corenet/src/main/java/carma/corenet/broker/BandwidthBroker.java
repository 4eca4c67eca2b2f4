package carma.corenet.broker;

import carma.corenet.mpls.Lsp;
import carma.corenet.mpls.LspState;
import carma.corenet.network.CoreNetwork;
import carma.corenet.topology.LinkId;
import carma.corenet.topology.LinkSpec;
import carma.corenet.trace.BrokerDecisionRecord;
import carma.corenet.trace.ReservationReleaseRecord;
import carma.kernel.sim.Simulator;
import carma.kernel.trace.TraceBus;
import java.util.ArrayList;
import java.util.List;

/**
 * The bandwidth broker (seed 001 §7.1, Fig. 16): policies ({@link BrokerPolicy}), reservations
 * ({@link ReservationDb}), network status ({@link NetworkStatusDb}) and topology with its LSPs (the
 * core's topology and the {@link LspManager}). Its resource-request attendant runs admission
 * control per LSP and class [reconstructed]: a direction of rate r is admitted on the first LSP of
 * its FEC that is up (in creation order: the policy's preferred path first, then the alternative)
 * on which every link e satisfies max(R_c,e, M_c,e) + r ≤ s_c·C_e. Decisions and releases are
 * trace records.
 */
public final class BandwidthBroker {
    private final Simulator sim;
    private final CoreNetwork network;
    private final LspManager lsps;
    private final BrokerPolicy policy;
    private final NetworkStatusDb status;
    private final ReservationDb reservations = new ReservationDb();

    public BandwidthBroker(Simulator sim, CoreNetwork network, LspManager lsps, BrokerPolicy policy,
            NetworkStatusDb status) {
        this.sim = sim;
        this.network = network;
        this.lsps = lsps;
        this.policy = policy;
        this.status = status;
    }

    /** Admission control for one direction of a session; an accepted request is reserved at once. */
    public Decision request(ResourceRequest req) {
        long headroom = -1;
        boolean anyLsp = false;
        for (Lsp lsp : lsps.lsps()) {
            if (lsp.state() != LspState.UP || !lsp.ingress().equals(req.lspIngress())
                    || !lsp.fec().egress().equals(req.lspEgress()) || lsp.fec().psc() != req.psc()) {
                continue;
            }
            anyLsp = true;
            List<LinkId> links = new ArrayList<>();
            for (LinkSpec l : network.topology().linksAlong(lsp.path())) {
                links.add(l.id());
            }
            headroom = headroomBps(links, req);
            if (req.rateBps() <= headroom) {
                reservations.add(new Reservation(req, lsp.id(), links));
                publish(req, Decision.ACCEPT, lsp.id().value(), headroom, "admitted");
                return Decision.ACCEPT;
            }
        }
        publish(req, Decision.REJECT, -1, headroom, anyLsp ? "no capacity" : "no LSP");
        return Decision.REJECT;
    }

    /** Frees every reservation of a session (session end, drop, or its move away in a handover). */
    public void release(SessionId session, ReleaseCause cause) {
        for (Reservation r : reservations.remove(session)) {
            TraceBus bus = sim.traceBus();
            if (bus.wants(ReservationReleaseRecord.class)) {
                bus.publish(new ReservationReleaseRecord(sim.nowNs(), session.value(), r.request().direction(),
                        r.request().psc(), r.lsp().value(), r.request().rateBps(), cause));
            }
        }
    }

    public ReservationDb reservations() {
        return reservations;
    }

    /** min over the links of s_c·C_e − max(R_c,e, M_c,e), in bit/s. */
    private long headroomBps(List<LinkId> links, ResourceRequest req) {
        double min = Double.POSITIVE_INFINITY;
        for (LinkId id : links) {
            LinkSpec l = network.topology().link(id.from(), id.to()).orElseThrow();
            double used = Math.max(reservations.reservedBps(id, req.psc()), status.measuredRateBps(id, req.psc()));
            min = Math.min(min, policy.share(req.psc()) * l.rateBps() - used);
        }
        return (long) Math.floor(min);
    }

    private void publish(ResourceRequest req, Decision d, int lspId, long headroomBps, String reason) {
        TraceBus bus = sim.traceBus();
        if (bus.wants(BrokerDecisionRecord.class)) {
            bus.publish(new BrokerDecisionRecord(sim.nowNs(), req.session().value(), req.direction(), req.psc(),
                    req.lspIngress().toString(), req.lspEgress().toString(), req.rateBps(), d, lspId, headroomBps,
                    reason));
        }
    }
}
