package carma.ran.emulator;

import carma.kernel.random.RandomStreams;
import carma.kernel.sim.Simulator;
import carma.kernel.sim.SimulatorConfig;
import carma.kernel.trace.TraceBus;
import carma.radio.deployment.Deployment;
import carma.radio.deployment.ReferenceDeployments;
import carma.radio.deployment.Technology;
import carma.radio.geometry.Position;
import carma.radio.mobility.WaypointTrajectory;
import carma.ran.schedule.MaxCiScheduler;
import carma.ran.schedule.RoundRobinScheduler;
import carma.ran.session.SessionMessage;
import carma.ran.trace.UutWindowRecord;
import carma.ran.user.UserId;
import carma.traffic.QosClass;
import java.util.List;
import org.junit.jupiter.api.Test;

class SmokeRunTest {
    @Test
    void runs() {
        int nUsers = Integer.getInteger("smoke.users", 60);
        double rate = Double.parseDouble(System.getProperty("smoke.rate", "1.0e6"));
        double uutRate = Double.parseDouble(System.getProperty("smoke.uutRate", "2.0e6"));
        for (boolean maxci : new boolean[] {true, false}) {
            TraceBus bus = new TraceBus();
            Simulator sim = new Simulator(SimulatorConfig.virtual(10_000_000L, Long.getLong("smoke.ns", 60_000_000_000L)), new RandomStreams(1), bus);
            Deployment d = ReferenceDeployments.twoNodeBLine(1000);
            Position a = d.cell(0).position();
            Position b = d.cell(1).position();
            var builder = RanEmulator.builder(sim, d)
                    .crrm(CrrmPreferences.only(Technology.UTRAN))
                    .settings(new EmulatorSettings(2_000_000, 0, 1_000_000_000L, Boolean.getBoolean("smoke.fading"), 2e9))
                    .hsdpa(new HsdpaParameters(15, 4, Double.parseDouble(System.getProperty("smoke.f", "0.7")),
                            Double.parseDouble(System.getProperty("smoke.alpha", "0.5")), 7, 4, 100, 3e6))
                    .scheduler(Technology.UTRAN, maxci ? new MaxCiScheduler() : new RoundRobinScheduler())
                    .userUnderTest(new WaypointTrajectory(List.of(a, b), 1000 / 130.0, WaypointTrajectory.Mode.BACK_AND_FORTH, 0));
            int video = builder.service(new Service("video", QosClass.STREAMING, 0, 1000, CbrTestSource.factory(rate, 8000)));
            int uutSvc = builder.service(new Service("uut", QosClass.STREAMING, 0, 1000, CbrTestSource.factory(uutRate, 8000)));
            int first = builder.users(UserGroup.kmh(nUsers, 3, 0));
            RanEmulator emu = builder.build();
            long[] acc = new long[4];
            double[] g = new double[8];
            double ax = a.xM();
            double bx = b.xM();
            bus.subscribe(UutWindowRecord.class, r -> {
                acc[0] += r.requested();
                acc[1] += r.accepted();
                acc[2] += r.codes();
                acc[3] += r.cqi();
                boolean good = Math.min(Math.abs(r.xM() - ax), Math.abs(r.xM() - bx)) < 200;
                boolean border = Math.abs(r.xM() - (ax + bx) / 2) < 100;
                int o = good ? 0 : border ? 4 : -1;
                if (o >= 0) {
                    g[o] += r.requested();
                    g[o + 1] += r.accepted();
                    g[o + 2] += r.codes();
                    g[o + 3] += r.cqi();
                }
            });
            bus.subscribe(carma.ran.trace.CellLoadRecord.class, r -> {
                if (r.cell() <= 1 && r.timeNs() % 40_000_000_000L == 0 && Boolean.getBoolean("smoke.debug")) {
                    System.out.println("DBG " + r);
                }
            });
            sim.schedule(0, emu.sessionControl(), new SessionMessage.Activation(new UserId(0), uutSvc));
            for (int u = first; u < emu.users(); u++) {
                sim.schedule(0, emu.sessionControl(), new SessionMessage.Activation(new UserId(u), video));
            }
            long t0 = System.nanoTime();
            sim.run();
            System.out.printf("GOOD cqi=%.1f acc=%.3f codes/tti=%.2f | BORDER acc=%.3f codes/tti=%.2f cqi=%.1f%n", g[3] / (g[0] / 10), g[1] / g[0], g[2] / g[0], g[5] / g[4], g[6] / g[4], g[7] / (g[4] / 10));
            System.out.printf("maxci=%s requested=%d accepted=%d codes/acc=%.2f totals=%s wall=%.2fs%n", maxci, acc[0], acc[1],
                    acc[2] / (double) acc[1], emu.totals(), (System.nanoTime() - t0) / 1e9);
        }
    }
}
