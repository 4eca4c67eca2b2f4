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
import carma.radio.mobility.WaypointTrajectory;
import carma.radio.propagation.PropagationSetup;
import carma.ran.session.SessionMessage;
import carma.ran.trace.HandoverRecord;
import carma.ran.trace.UutPacketRecord;
import carma.ran.user.UserId;
import carma.traffic.QosClass;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Handover execution on one crossing between two Node-Bs (no shadowing, so exactly one
 * handover): a lossy handover with a 500 ms interruption loses the source buffer and the packets
 * of the interruption (64 kbit/s in 12,000-bit packets: 5.3 packets/s, so 2–3 arrive in 500 ms,
 * plus what was buffered); a lossless one loses none of them to the handover.
 */
class HandoverExecutionTest {
    private static final long S = 1_000_000_000L;
    private static final long MS = 1_000_000L;

    @Test
    void lossyHandoverDiscardsTheBufferAndTheInterruptionsPackets() {
        long[] lossy = run(HandoverForwarding.LOSSY);
        assertThat(lossy[0]).as("handovers").isEqualTo(1);
        assertThat(lossy[1]).as("packets lost to the handover").isBetween(2L, 20L);
    }

    @Test
    void losslessHandoverLosesNothingToTheHandover() {
        long[] lossless = run(HandoverForwarding.LOSSLESS);
        assertThat(lossless[0]).as("handovers").isEqualTo(1);
        assertThat(lossless[1]).as("packets lost to the handover").isZero();
    }

    /** {handovers, UUT packets discarded for HANDOVER}. */
    private static long[] run(HandoverForwarding forwarding) {
        TraceBus bus = new TraceBus();
        Simulator sim = new Simulator(SimulatorConfig.virtual(10_000_000L, 100 * S), new RandomStreams(3), bus);
        DeploymentBuilder b = new DeploymentBuilder(new ServiceArea(2_000, 2_000));
        RanId utran = b.addRan("UTRAN", Technology.UTRAN, "IR1", 18);
        b.addCell(utran, "a", b.newSite(), new Position(500, 1_000), DeploymentBuilder.CellRadio.utranNodeB(),
                new AntennaPattern.Omni(0));
        b.addCell(utran, "b", b.newSite(), new Position(1_500, 1_000), DeploymentBuilder.CellRadio.utranNodeB(),
                new AntennaPattern.Omni(0));
        Deployment d = b.build();
        RanEmulatorBuilder eb = RanEmulator.builder(sim, d)
                .propagation(PropagationSetup.aroma().toBuilder().shadowingSigmaDb(0).build())
                .crrm(CrrmPreferences.only(Technology.UTRAN))
                .handover(HandoverParameters.builder().horizontalInterruptionNs(500 * MS).forwarding(forwarding).build())
                .userUnderTest(new WaypointTrajectory(List.of(new Position(700, 1_000), new Position(1_300, 1_000)), 10,
                        WaypointTrajectory.Mode.ONE_WAY, 0));
        int video = eb.service(TestScenarios.cbr("video", QosClass.STREAMING, 64_000, 0));
        RanEmulator emu = eb.build();
        List<HandoverRecord> hos = new ArrayList<>();
        long[] lost = new long[1];
        bus.subscribe(HandoverRecord.class, hos::add);
        bus.subscribe(UutPacketRecord.class, r -> {
            if (DiscardReason.HANDOVER.name().equals(r.reason())) {
                lost[0]++;
            }
        });
        sim.schedule(0, emu.sessionControl(), new SessionMessage.Activation(new UserId(0), video));
        sim.run();
        return new long[] {hos.size(), lost[0]};
    }
}
