package carma.ran.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import carma.kernel.random.RandomStreams;
import carma.kernel.sim.Simulator;
import carma.kernel.sim.SimulatorConfig;
import carma.kernel.trace.TraceBus;
import carma.radio.deployment.AntennaPattern;
import carma.radio.deployment.Deployment;
import carma.radio.deployment.DeploymentBuilder;
import carma.radio.deployment.RanId;
import carma.radio.deployment.Technology;
import carma.radio.geometry.Position;
import carma.radio.geometry.ServiceArea;
import carma.ran.session.SessionMessage;
import carma.ran.trace.QosStatsRecord;
import carma.ran.trace.SessionRecord;
import carma.ran.trace.UutPacketRecord;
import carma.ran.user.UserId;
import carma.traffic.QosClass;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * QoS enforcement on an overloaded stream: 20 Mbit/s of streaming (transfer delay 300 ms,
 * guaranteed 20 Mbit/s) into one HSDPA cell that carries a few Mbit/s. Expired packets are
 * discarded before each 2 ms TTI, so no packet is delivered later than 300 ms plus the one TTI
 * that carries it (asserted ≤ 310 ms: one 10 ms loop of slack); with discarding off the same run
 * delivers packets seconds late (the deliberately wrong model, asserted in the test). The session,
 * unmet in every interval, is dropped after the configured 5 s (whole 1 s intervals: 5–7 s after
 * its start), and never with dropping off.
 */
class QosEnforcementTest {
    private static final long S = 1_000_000_000L;

    @Test
    void packetsOlderThanTheTransferDelayAreDiscardedNotDelivered() {
        Outcome on = run(new QosParameters(true, 0));
        assertThat(on.expired).isPositive();
        assertThat(on.maxDelayMs).isPositive().isLessThanOrEqualTo(310);
        assertThat(on.qos.expiredPackets()).isEqualTo(on.expired);
        assertThat(on.qos.unmetUserS()).isGreaterThan(0.9 * on.qos.trackedUserS());
        assertThat(on.dropNs).isEqualTo(-1);
        Outcome off = run(new QosParameters(false, 0));
        assertThat(off.expired).isZero();
        assertThat(off.maxDelayMs).as("without discarding").isGreaterThan(1_000);
    }

    @Test
    void aSessionUnmetForTheConfiguredTimeIsDropped() {
        Outcome o = run(new QosParameters(true, 5 * S));
        assertThat(o.dropNs).isBetween(6 * S, 8 * S); // session from 1 s
        assertThat(o.qos.qosDrops()).isEqualTo(1);
    }

    private record Outcome(long expired, double maxDelayMs, long dropNs, QosStatsRecord qos) {}

    private static Outcome run(QosParameters qos) {
        TraceBus bus = new TraceBus();
        Simulator sim = new Simulator(SimulatorConfig.virtual(10_000_000L, 20 * S), new RandomStreams(5), bus);
        DeploymentBuilder b = new DeploymentBuilder(new ServiceArea(2_000, 2_000));
        RanId utran = b.addRan("UTRAN", Technology.UTRAN, "IR1", 18);
        b.addCell(utran, "a", b.newSite(), new Position(500, 1_000), DeploymentBuilder.CellRadio.utranNodeB(),
                new AntennaPattern.Omni(0));
        Deployment d = b.build();
        RanEmulatorBuilder eb = RanEmulator.builder(sim, d)
                .crrm(CrrmPreferences.only(Technology.UTRAN))
                .admission(Technology.UTRAN, carma.ran.admission.AdmissionControl.ACCEPT_ALL)
                .qos(qos)
                .userUnderTest(new Position(600, 1_000));
        int video = eb.service(TestScenarios.cbr("video", QosClass.STREAMING, 20_000_000, 20_000_000));
        RanEmulator emu = eb.build();
        long[] expired = new long[1];
        double[] maxDelay = new double[1];
        long[] drop = {-1};
        QosStatsRecord[] streaming = new QosStatsRecord[1];
        bus.subscribe(UutPacketRecord.class, r -> {
            if (r.forwarded()) {
                maxDelay[0] = Math.max(maxDelay[0], r.delayMs());
            } else if (DiscardReason.TRANSFER_DELAY.name().equals(r.reason())) {
                expired[0]++;
            }
        });
        bus.subscribe(SessionRecord.class, r -> {
            if (r.event() == SessionRecord.SessionEvent.DROPPED && drop[0] < 0) {
                drop[0] = r.timeNs();
            }
        });
        bus.subscribe(QosStatsRecord.class, r -> {
            if (r.qosClass().equals(QosClass.STREAMING.name())) {
                streaming[0] = r;
            }
        });
        sim.schedule(S, emu.sessionControl(), new SessionMessage.Activation(new UserId(0), video));
        sim.run();
        return new Outcome(expired[0], maxDelay[0], drop[0], streaming[0]);
    }
}
