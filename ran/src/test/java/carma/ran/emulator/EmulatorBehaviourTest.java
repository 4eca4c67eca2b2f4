package carma.ran.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import carma.kernel.random.RandomStreams;
import carma.kernel.sim.Simulator;
import carma.kernel.sim.SimulatorConfig;
import carma.kernel.trace.TraceBus;
import carma.radio.deployment.ReferenceDeployments;
import carma.radio.deployment.Technology;
import carma.ran.schedule.MaxCiScheduler;
import carma.ran.session.SessionMessage;
import carma.ran.trace.SessionRecord;
import carma.ran.trace.UutWindowRecord;
import carma.ran.user.UserId;
import carma.traffic.QosClass;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EmulatorBehaviourTest {
    private static final long S = 1_000_000_000L;

    /** Result of a small run: UUT windows, outcomes and session events. */
    private record Outcome(List<UutWindowRecord> windows, long injected, long forwarded, Map<DiscardReason, Long> discarded,
            List<SessionRecord> sessions, RanEmulator.RanTotals totals) {}

    private static Outcome run(long seed, double ipRanLoss, int users, double durationS) {
        TraceBus bus = new TraceBus();
        Simulator sim = new Simulator(SimulatorConfig.virtual(10_000_000L, (long) (durationS * S)), new RandomStreams(seed), bus);
        RanEmulatorBuilder b = RanEmulator.builder(sim, ReferenceDeployments.caseStudyII("IR1", "IR2"))
                .settings(EmulatorSettings.builder().ipRanLossProbability(ipRanLoss).statsIntervalNs(S).build())
                .scheduler(Technology.UTRAN, new MaxCiScheduler())
                .crrm(CrrmPreferences.only(Technology.UTRAN))
                .userUnderTest(ReferenceDeployments.caseStudyII("IR1", "IR2").cell(0).position());
        int video = b.service(TestScenarios.cbr("video", QosClass.STREAMING, 192_000, 0));
        int voice = b.service(TestScenarios.cbr("voice", QosClass.CONVERSATIONAL, 12_200, 12_200));
        b.users(UserGroup.kmh(users, voice, 50, 0.3));
        RanEmulator emu = b.build();
        List<UutWindowRecord> windows = new ArrayList<>();
        List<SessionRecord> sessions = new ArrayList<>();
        bus.subscribe(UutWindowRecord.class, windows::add);
        bus.subscribe(SessionRecord.class, sessions::add);
        long[] fwd = new long[1];
        Map<DiscardReason, Long> disc = new EnumMap<>(DiscardReason.class);
        emu.userUnderTest().setListener(new PacketOutcomeListener() {
            @Override
            public void forwarded(long packetId, long atNs, long delayNs) {
                fwd[0]++;
            }

            @Override
            public void discarded(long packetId, long atNs, DiscardReason reason) {
                disc.merge(reason, 1L, Long::sum);
            }
        });
        sim.schedule(0, emu.sessionControl(), new SessionMessage.Activation(new UserId(0), video));
        long[] injected = new long[1];
        sim.schedule(S, new carma.kernel.event.EventSink<Integer>() {
            @Override
            public void onEvent(long now, Integer n) {
                emu.userUnderTest().inject(4_000);
                injected[0]++;
                if (now + 50_000_000L < (long) (durationS * S) - S) {
                    sim.scheduleIn(50_000_000L, this, n);
                }
            }
        }, 0);
        sim.run();
        return new Outcome(windows, injected[0], fwd[0], disc, sessions, emu.totals());
    }

    @Test
    void sameSeedSameRunDifferentSeedDifferentRun() {
        Outcome a = run(3, 0, 300, 20);
        Outcome b = run(3, 0, 300, 20);
        Outcome c = run(4, 0, 300, 20);
        assertThat(a.windows()).isEqualTo(b.windows());
        assertThat(a.sessions()).isEqualTo(b.sessions());
        assertThat(a.totals()).isEqualTo(b.totals());
        assertThat(a.sessions()).isNotEqualTo(c.sessions());
    }

    /**
     * The UUT next to its Node-B streams 192 kbit/s CBR plus injected packets; with an IP-RAN loss
     * of 10 % the discarded share of completed packets is 0.1 within four binomial standard errors,
     * and every radio-delivered packet is either forwarded or discarded.
     */
    @Test
    void ipRanLossDiscardsItsShareAndEveryPacketGetsAnAnswer() {
        Outcome o = run(5, 0.1, 0, 60);
        long ipRan = o.discarded().getOrDefault(DiscardReason.IP_RAN, 0L);
        long completed = o.forwarded() + ipRan;
        assertThat(completed).isGreaterThan(1000);
        double se = Math.sqrt(0.1 * 0.9 / completed);
        assertThat(ipRan / (double) completed).isCloseTo(0.1, within(4 * se));
        assertThat(o.discarded().getOrDefault(DiscardReason.BUFFER_OVERFLOW, 0L)).isZero();
        // CBR (192 kbit/s over 60 s, 12000-bit packets) + injected 4000-bit packets, less what is still buffered
        long cbrPackets = 192_000L * 60 / 12_000;
        assertThat(completed + o.discarded().getOrDefault(DiscardReason.RADIO, 0L))
                .isBetween(cbrPackets + o.injected() - 10, cbrPackets + o.injected());
    }

    @Test
    void emulatedVoiceUsersAreAdmittedAndTheUutIsServedEveryWindowItAsks() {
        Outcome o = run(6, 0, 400, 30);
        assertThat(o.totals().admissionsAccepted()).isGreaterThan(50);
        long requested = o.windows().stream().mapToLong(UutWindowRecord::requested).sum();
        long accepted = o.windows().stream().mapToLong(UutWindowRecord::accepted).sum();
        assertThat(requested).isPositive();
        assertThat(accepted / (double) requested).isGreaterThan(0.9);
        assertThat(o.windows()).allSatisfy(w -> assertThat(w.requested()).isEqualTo(w.accepted() + w.rejected()));
    }

    /**
     * The per-TTI invariant of {@link HsdpaTtiAllocation#conserved()} (no cell above its HS power,
     * codes or HS-SCCHs) is asserted inside every TTI of a loaded run; surefire runs with assertions on.
     */
    @Test
    void noCellExceedsItsHsPowerOrCodesInAnyTtiOfALoadedRun() {
        assertThat(HsdpaAir.class.desiredAssertionStatus()).isTrue();
        Outcome o = run(7, 0, 1500, 20);
        assertThat(o.totals().admissionsAccepted()).isGreaterThan(200);
    }
}
