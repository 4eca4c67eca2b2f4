package carma.corenet.broker;

import static org.assertj.core.api.Assertions.assertThat;

import carma.corenet.diffserv.DropPrecedence;
import carma.corenet.diffserv.Dscp;
import carma.corenet.diffserv.PhbConfig;
import carma.corenet.diffserv.Psc;
import carma.corenet.generator.FlowEndpoints;
import carma.corenet.generator.PoissonPacketSource;
import carma.corenet.mpls.Fec;
import carma.corenet.mpls.NoLspPolicy;
import carma.corenet.network.CoreNetwork;
import carma.corenet.network.FlowId;
import carma.corenet.network.PacketIds;
import carma.corenet.network.PacketListener;
import carma.corenet.topology.LinkId;
import carma.corenet.topology.RouterId;
import carma.corenet.topology.Topology;
import carma.corenet.trace.BrokerDecisionRecord;
import carma.corenet.trace.CongestionRecord;
import carma.corenet.trace.ReservationReleaseRecord;
import carma.kernel.random.RandomStreams;
import carma.kernel.sim.Simulator;
import carma.kernel.sim.SimulatorConfig;
import carma.kernel.trace.TraceBus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class BandwidthBrokerTest {
    static final long S = 1_000_000_000L;
    static final RouterId IR1 = RouterId.parse("IR1");
    static final RouterId ER = RouterId.parse("ER");
    static final List<RouterId> SHORT = path("IR1", "CR1", "CR2", "ER");
    static final List<RouterId> LONG = path("IR1", "CR1", "CR3", "CR4", "ER");

    private static List<RouterId> path(String... n) {
        return Arrays.stream(n).map(RouterId::parse).toList();
    }

    /** A fish core with LSPs set up at 0 and {@code script} run at 1 s (LSPs are up by then). */
    private static final class Bb {
        final TraceBus bus = new TraceBus();
        final Simulator sim;
        final CoreNetwork net;
        final LspManager lsps;
        final NetworkStatusDb status;
        final BandwidthBroker broker;
        final List<BrokerDecisionRecord> decisions = new ArrayList<>();
        final List<ReservationReleaseRecord> releases = new ArrayList<>();
        final List<CongestionRecord> congestion = new ArrayList<>();
        final List<String> events = new ArrayList<>();

        Bb(long endNs) {
            sim = new Simulator(SimulatorConfig.virtual(10_000_000L, endNs), new RandomStreams(11), bus);
            bus.subscribe(BrokerDecisionRecord.class, decisions::add);
            bus.subscribe(ReservationReleaseRecord.class, releases::add);
            bus.subscribe(CongestionRecord.class, congestion::add);
            PhbConfig phb = PhbConfig.reference();
            net = new CoreNetwork(sim, Topology.referenceFish(), phb, NoLspPolicy.IP_ROUTE, PacketListener.NONE);
            lsps = new LspManager(sim, net, LspTiming.reference());
            BrokerPolicy policy = BrokerPolicy.reference(phb);
            status = new NetworkStatusDb(sim, net, policy,
                    (now, link, on) -> events.add(now / S + ":" + link + ":" + on));
            broker = new BandwidthBroker(sim, net, lsps, policy, status);
        }

        void at(long t, Consumer<Long> action) {
            sim.schedule(t, (now, e) -> action.accept(now), Boolean.TRUE);
        }
    }

    private static ResourceRequest voice(long session) {
        return new ResourceRequest(new SessionId(session), Direction.UPLINK, Psc.EF, IR1, ER, 28_800);
    }

    /** EF share 20 % of 10 Mbit/s = 2 Mbit/s: ⌊2e6/28 800⌋ = 69 voice directions fit, the 70th does not. */
    @Test
    void admitsUpToTheClassShareMinusReservationsAndRejectsBeyond() {
        Bb b = new Bb(3 * S);
        b.at(0, t -> b.lsps.setUp(new Fec(Psc.EF, ER), SHORT));
        List<Decision> d = new ArrayList<>();
        b.at(S, t -> {
            for (int i = 0; i < 70; i++) {
                d.add(b.broker.request(voice(i)));
            }
            b.broker.release(new SessionId(0), ReleaseCause.SESSION_END);
            d.add(b.broker.request(voice(70)));
        });
        b.sim.run();
        assertThat(d.subList(0, 69)).containsOnly(Decision.ACCEPT);
        assertThat(d.get(69)).isEqualTo(Decision.REJECT);
        assertThat(b.decisions.get(69).headroomBps()).isEqualTo(2_000_000 - 69 * 28_800);
        assertThat(b.decisions.get(69).reason()).isEqualTo("no capacity");
        assertThat(d.get(70)).as("a released reservation makes room").isEqualTo(Decision.ACCEPT);
        assertThat(b.broker.reservations().reservedBps(new LinkId(RouterId.parse("CR1"), RouterId.parse("CR2")),
                Psc.EF)).isEqualTo(69 * 28_800);
    }

    /**
     * IR2's voice fills the short path's shared links CR1→CR2→ER; IR1's next voice request then goes
     * on IR1's alternative long LSP (its own link IR1→CR1 still has room), and a class with no LSP is
     * rejected.
     */
    @Test
    void aFullPreferredLspFallsBackToTheAlternativeAndNoLspIsRejected() {
        Bb b = new Bb(3 * S);
        RouterId ir2 = RouterId.parse("IR2");
        b.at(0, t -> {
            b.lsps.setUp(new Fec(Psc.EF, ER), SHORT);
            b.lsps.setUp(new Fec(Psc.EF, ER), LONG);
            b.lsps.setUp(new Fec(Psc.EF, ER), path("IR2", "CR1", "CR2", "ER"));
        });
        List<Decision> d = new ArrayList<>();
        b.at(S, t -> {
            for (int i = 0; i < 69; i++) {
                d.add(b.broker.request(new ResourceRequest(new SessionId(i), Direction.UPLINK, Psc.EF, ir2, ER, 28_800)));
            }
            d.add(b.broker.request(voice(100)));
            d.add(b.broker.request(new ResourceRequest(new SessionId(99), Direction.DOWNLINK, Psc.AF4, IR1, ER, 1)));
        });
        b.sim.run();
        assertThat(d.subList(0, 70)).containsOnly(Decision.ACCEPT);
        assertThat(b.decisions.get(68).lspId()).isEqualTo(2);
        assertThat(b.decisions.get(69).lspId()).as("IR1's request goes on the long path").isEqualTo(1);
        assertThat(d.get(70)).isEqualTo(Decision.REJECT);
        assertThat(b.decisions.get(70).reason()).isEqualTo("no LSP");
    }

    @Test
    void reservationsAreReleasedOnSessionEndDropAndHandover() {
        Bb b = new Bb(3 * S);
        b.at(0, t -> {
            b.lsps.setUp(new Fec(Psc.AF4, ER), SHORT);
            b.lsps.setUp(new Fec(Psc.AF4, IR1), path("ER", "CR2", "CR1", "IR1"));
        });
        LinkId up = new LinkId(RouterId.parse("CR1"), RouterId.parse("CR2"));
        LinkId down = new LinkId(RouterId.parse("CR2"), RouterId.parse("CR1"));
        long[] reservedBefore = new long[2];
        b.at(S, t -> {
            for (int s = 0; s < 3; s++) {
                b.broker.request(new ResourceRequest(new SessionId(s), Direction.UPLINK, Psc.AF4, IR1, ER, 64_000));
                b.broker.request(new ResourceRequest(new SessionId(s), Direction.DOWNLINK, Psc.AF4, IR1, ER, 192_000));
            }
            reservedBefore[0] = b.broker.reservations().reservedBps(up, Psc.AF4);
            reservedBefore[1] = b.broker.reservations().reservedBps(down, Psc.AF4);
            b.broker.release(new SessionId(0), ReleaseCause.SESSION_END);
            b.broker.release(new SessionId(1), ReleaseCause.SESSION_DROP);
            b.broker.release(new SessionId(2), ReleaseCause.HANDOVER);
        });
        b.sim.run();
        assertThat(reservedBefore).containsExactly(3 * 64_000, 3 * 192_000);
        assertThat(b.broker.reservations().reservedBps(up, Psc.AF4)).isZero();
        assertThat(b.broker.reservations().reservedBps(down, Psc.AF4)).isZero();
        assertThat(b.broker.reservations().size()).isZero();
        assertThat(b.releases).extracting(ReservationReleaseRecord::cause).containsExactly(ReleaseCause.SESSION_END,
                ReleaseCause.SESSION_END, ReleaseCause.SESSION_DROP, ReleaseCause.SESSION_DROP, ReleaseCause.HANDOVER,
                ReleaseCause.HANDOVER);
    }

    /**
     * Emulated users reserve nothing; their measured load M counts. AF4 Poisson at 2 Mbit/s on the
     * short path leaves s·C − M ≈ 3 − 2 = 1 Mbit/s: 0.5 Mbit/s is admitted, 1.5 Mbit/s is not. M over
     * 10 s counts ≈ 2500 packets (σ ≈ 50, i.e. 0.04 Mbit/s), far from either request. Checked: a
     * broker that counts reservations only (max(R, M) replaced by R) admits 1.5 Mbit/s and fails.
     */
    @Test
    void measuredLoadOfUnreservedTrafficCountsInAdmission() {
        Bb b = new Bb(15 * S);
        b.at(0, t -> b.lsps.setUp(new Fec(Psc.AF4, ER), SHORT));
        FlowEndpoints f = new FlowEndpoints(new FlowId(1), IR1, ER, Dscp.af(4, DropPrecedence.LOW), 1000);
        new PoissonPacketSource(b.sim, b.net, f, 250, b.sim.streams().stream("tg"), 0, Long.MAX_VALUE, new PacketIds());
        List<Decision> d = new ArrayList<>();
        b.at(12 * S + 1, t -> {
            d.add(b.broker.request(new ResourceRequest(new SessionId(1), Direction.UPLINK, Psc.AF4, IR1, ER, 1_500_000)));
            d.add(b.broker.request(new ResourceRequest(new SessionId(2), Direction.UPLINK, Psc.AF4, IR1, ER, 500_000)));
        });
        b.sim.run();
        assertThat(d).containsExactly(Decision.REJECT, Decision.ACCEPT);
        assertThat((double) b.decisions.get(0).headroomBps()).isCloseTo(1_000_000, org.assertj.core.data.Offset.offset(200_000.0));
    }

    /**
     * 12 Mbit/s of best effort through IR1→CR1 (10 Mbit/s) from 0 to 20 s: congested at the first
     * poll (u ≈ 1 ≥ 0.9); cleared when the 10-s window holds under 8 s of sending, i.e. at 22 or 23 s.
     */
    @Test
    void congestionIsDetectedOnMeasuredLoadAndClearsWithHysteresis() {
        Bb b = new Bb(30 * S);
        FlowEndpoints f = new FlowEndpoints(new FlowId(1), IR1, ER, Dscp.BE, 1500);
        new PoissonPacketSource(b.sim, b.net, f, 1000, b.sim.streams().stream("tg"), 0, 20 * S, new PacketIds());
        b.sim.run();
        List<CongestionRecord> ir1 = b.congestion.stream().filter(c -> c.link().equals("IR1->CR1")).toList();
        assertThat(ir1).hasSize(2);
        assertThat(ir1.get(0).congested()).isTrue();
        assertThat(ir1.get(0).timeNs()).isEqualTo(S);
        assertThat(ir1.get(1).congested()).isFalse();
        assertThat(ir1.get(1).timeNs()).isBetween(22 * S, 23 * S);
        assertThat(b.events).contains("1:IR1->CR1:true");
    }
}
