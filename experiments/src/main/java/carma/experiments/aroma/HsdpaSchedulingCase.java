package carma.experiments.aroma;

import carma.kernel.random.RandomStreams;
import carma.kernel.sim.Simulator;
import carma.kernel.sim.SimulatorConfig;
import carma.kernel.time.SimTime;
import carma.kernel.trace.TraceBus;
import carma.radio.deployment.Deployment;
import carma.radio.deployment.ReferenceDeployments;
import carma.radio.deployment.Technology;
import carma.radio.geometry.Position;
import carma.radio.mobility.WaypointTrajectory;
import carma.ran.emulator.CrrmPreferences;
import carma.ran.emulator.EmulatorSettings;
import carma.ran.emulator.HsdpaParameters;
import carma.ran.emulator.RanEmulator;
import carma.ran.emulator.RanEmulatorBuilder;
import carma.ran.emulator.UserGroup;
import carma.ran.schedule.Scheduler;
import carma.ran.session.SessionMessage;
import carma.ran.trace.UutWindowRecord;
import carma.ran.user.UserId;
import carma.traffic.QosClass;
import carma.traffic.session.ServiceProfile;
import carma.traffic.session.ServiceTraffic;
import carma.traffic.session.SessionParameters;
import carma.traffic.source.CbrParameters;
import java.util.List;

/**
 * The scenario of AROMA case study I (paper §8.1): the user under test moves in a straight line
 * back and forth between two Node-Bs (near Node-B 0 at 0, 130, 260 s; at the cell border at 65 and
 * 195 s) and streams video from t = 25 s; emulated streaming users with AROMA session dynamics load
 * the HSDPA cells. The paper gives the geometry qualitatively; distances, loads and rates here
 * are our choices (see the experiment README).
 *
 * @param interSiteM distance between the two Node-Bs (and of the surrounding ring)
 * @param streamingUsers emulated streaming users in the area (3 km/h, outdoor)
 * @param streamingRateBps their CBR video rate
 * @param sessions their session level
 * @param uutRateBps the user under test's stream rate (above what it can get: it is backlogged)
 * @param uutStartS when the user under test's streaming session is requested
 * @param oneWayS time to go from one Node-B to the other
 * @param warmupS emulated time before the paper's t = 0, so that the other users' sessions are in
 *     steady state when the UUT starts (times in the trace are relative to the end of the warm-up)
 */
public record HsdpaSchedulingCase(double interSiteM, int streamingUsers, long streamingRateBps,
        SessionParameters sessions, long uutRateBps, double uutStartS, double oneWayS, HsdpaParameters hsdpa,
        double warmupS) {

    public static HsdpaSchedulingCase reference() {
        return new HsdpaSchedulingCase(1000, 250, 2_000_000,
                new SessionParameters(15, 60, 300), 2_000_000, 25, 130, HsdpaParameters.defaults(), 120);
    }

    /** The windows of the user under test of one run. */
    public Trace run(Scheduler scheduler, long seed, double durationS) {
        TraceBus bus = new TraceBus();
        long warmupNs = SimTime.nanosOfSeconds(warmupS);
        Simulator sim = new Simulator(SimulatorConfig.virtual(10 * SimTime.NANOS_PER_MILLI,
                warmupNs + SimTime.nanosOfSeconds(durationS)), new RandomStreams(seed), bus);
        Deployment d = ReferenceDeployments.twoNodeBLine(interSiteM);
        Position a = d.cell(0).position();
        Position b = d.cell(1).position();
        RanEmulatorBuilder builder = RanEmulator.builder(sim, d)
                .crrm(CrrmPreferences.only(Technology.UTRAN))
                .hsdpa(hsdpa)
                .scheduler(Technology.UTRAN, scheduler)
                .settings(EmulatorSettings.builder()
                        .bufferLimitBits(4_000_000)
                        .statsIntervalNs(SimTime.NANOS_PER_SECOND)
                        .build())
                .userUnderTest(new WaypointTrajectory(List.of(a, b), interSiteM / oneWayS,
                        WaypointTrajectory.Mode.BACK_AND_FORTH, warmupNs));
        ServiceProfile video = new ServiceProfile("video", QosClass.STREAMING, 0, streamingRateBps,
                300 * SimTime.NANOS_PER_MILLI, 1e-3);
        int emulated = builder.service(new ServiceTraffic(video, sessions, new CbrParameters(streamingRateBps, 12_000)));
        ServiceProfile uutVideo = new ServiceProfile("uut-video", QosClass.STREAMING, 0, uutRateBps,
                300 * SimTime.NANOS_PER_MILLI, 1e-3);
        int uutService = builder.service(new ServiceTraffic(uutVideo, new SessionParameters(1, 1e6, 1),
                new CbrParameters(uutRateBps, 12_000)));
        builder.users(UserGroup.kmh(streamingUsers, emulated, 3, 0));
        RanEmulator emulator = builder.build();
        Trace trace = new Trace(a.xM(), b.xM(), (int) Math.round(durationS / 0.02) + 1);
        bus.subscribe(UutWindowRecord.class, r -> {
            if (r.timeNs() > warmupNs) {
                trace.add(r, warmupNs);
            }
        });
        sim.schedule(warmupNs + SimTime.nanosOfSeconds(uutStartS), emulator.sessionControl(),
                new SessionMessage.Activation(new UserId(0), uutService));
        sim.run();
        return trace;
    }

    /** Per 20 ms window (10 TTIs) of the user under test. */
    public static final class Trace {
        public final double nodeB0xM;
        public final double nodeB1xM;
        public final double[] timeS;
        public final double[] xM;
        public final double[] pilotDb;
        public final double[] cqi;
        public final double[] requested;
        public final double[] accepted;
        public final double[] rejected;
        public final double[] codes;
        private int n;

        Trace(double nodeB0xM, double nodeB1xM, int capacity) {
            this.nodeB0xM = nodeB0xM;
            this.nodeB1xM = nodeB1xM;
            timeS = new double[capacity];
            xM = new double[capacity];
            pilotDb = new double[capacity];
            cqi = new double[capacity];
            requested = new double[capacity];
            accepted = new double[capacity];
            rejected = new double[capacity];
            codes = new double[capacity];
        }

        void add(UutWindowRecord r, long offsetNs) {
            timeS[n] = (r.timeNs() - offsetNs) / 1e9;
            xM[n] = r.xM();
            pilotDb[n] = r.pilotCirDb();
            cqi[n] = r.cqi();
            requested[n] = r.requested();
            accepted[n] = r.accepted();
            rejected[n] = r.rejected();
            codes[n] = r.codes();
            n++;
        }

        public int size() {
            return n;
        }

        /** Distance from the nearer of the two Node-Bs, as a share of the inter-site distance (0 … 0.5). */
        public double borderness(int i) {
            double span = nodeB1xM - nodeB0xM;
            return Math.min(Math.abs(xM[i] - nodeB0xM), Math.abs(xM[i] - nodeB1xM)) / span;
        }
    }
}
