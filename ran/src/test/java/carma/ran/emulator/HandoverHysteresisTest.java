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
import carma.ran.session.SessionMessage;
import carma.ran.trace.HandoverRecord;
import carma.ran.user.UserId;
import carma.traffic.QosClass;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A user walking up and down the boundary between two Node-Bs sees the best cell flip with every
 * shadowing grid point (σ = 10 dB). Without filtering, time-to-trigger and hysteresis it
 * ping-pongs; a 6 dB margin alone must remove
 * more than half of the handovers and three quarters of the ping-pongs (a return to the previous
 * cell within 5 s, i.e. within 50 m of walking).
 */
class HandoverHysteresisTest {
    private static final long S = 1_000_000_000L;

    @Test
    void hysteresisPreventsPingPongOnANoisyBoundary() {
        int[] none = run(0);
        int[] six = run(6);
        assertThat(none[0]).as("handovers without hysteresis").isGreaterThan(20);
        assertThat(none[1]).as("ping-pongs without hysteresis").isGreaterThan(10);
        String counts = "handovers/ping-pongs: 0 dB " + none[0] + "/" + none[1] + ", 6 dB " + six[0] + "/" + six[1];
        assertThat(six[0]).as(counts).isLessThan(none[0] / 2);
        assertThat(six[1]).as(counts).isLessThan(none[1] / 4);
    }

    private static int[] run(double hysteresisDb) {
        TraceBus bus = new TraceBus();
        Simulator sim = new Simulator(SimulatorConfig.virtual(10_000_000L, 600 * S), new RandomStreams(42), bus);
        DeploymentBuilder b = new DeploymentBuilder(new ServiceArea(2_000, 2_000));
        RanId utran = b.addRan("UTRAN", Technology.UTRAN, "IR1", 18);
        b.addCell(utran, "a", b.newSite(), new Position(500, 1_000), DeploymentBuilder.CellRadio.utranNodeB(),
                new AntennaPattern.Omni(0));
        b.addCell(utran, "b", b.newSite(), new Position(1_500, 1_000), DeploymentBuilder.CellRadio.utranNodeB(),
                new AntennaPattern.Omni(0));
        Deployment d = b.build();
        RanEmulatorBuilder eb = RanEmulator.builder(sim, d)
                .crrm(CrrmPreferences.only(Technology.UTRAN))
                .handover(HandoverParameters.builder().thresholdsDbm(-130).hysteresisDb(hysteresisDb).filterCoefficient(0)
                        .timeToTriggerNs(0).horizontalInterruptionNs(0).build())
                .userUnderTest(new WaypointTrajectory(List.of(new Position(1_000, 200), new Position(1_000, 1_800)), 10,
                        WaypointTrajectory.Mode.BACK_AND_FORTH, 0));
        int video = eb.service(TestScenarios.cbr("video", QosClass.STREAMING, 64_000, 0));
        RanEmulator emu = eb.build();
        List<HandoverRecord> hos = new ArrayList<>();
        bus.subscribe(HandoverRecord.class, hos::add);
        sim.schedule(0, emu.sessionControl(), new SessionMessage.Activation(new UserId(0), video));
        sim.run();
        int pingPong = 0;
        for (int i = 1; i < hos.size(); i++) {
            if (hos.get(i).toCell() == hos.get(i - 1).fromCell() && hos.get(i).timeNs() - hos.get(i - 1).timeNs() < 5 * S) {
                pingPong++;
            }
        }
        return new int[] {hos.size(), pingPong};
    }
}
