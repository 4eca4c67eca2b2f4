package carma.ran.emulator;

import carma.kernel.random.RandomStreams;
import carma.kernel.sim.Simulator;
import carma.radio.deployment.Deployment;
import carma.radio.deployment.Technology;
import carma.radio.geometry.Position;
import carma.radio.link.BlerCurves;
import carma.radio.link.GeranCodingSchemes;
import carma.radio.link.HsdpaCqiTable;
import carma.radio.link.LinkLevelTable;
import carma.radio.link.SinrToCqi;
import carma.radio.link.WlanRates;
import carma.radio.mobility.MacrocellularMobility;
import carma.radio.mobility.WaypointTrajectory;
import carma.radio.propagation.PropagationMatrix;
import carma.radio.propagation.PropagationSetup;
import carma.ran.admission.AdmissionControl;
import carma.ran.admission.CellLoad;
import carma.ran.admission.CongestionControl;
import carma.ran.admission.LoadBasedAdmission;
import carma.ran.schedule.ProportionalFairScheduler;
import carma.ran.schedule.RoundRobinScheduler;
import carma.ran.schedule.Scheduler;
import carma.ran.user.CellMembers;
import carma.ran.user.PacketBuffers;
import carma.ran.user.UserTable;
import carma.traffic.session.ServiceTraffic;
import carma.traffic.session.SessionStart;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Assembles a {@link RanEmulator}: deployment and propagation, per-technology parameters and
 * policies, services, user groups and the user under test. Defaults: AROMA propagation, default
 * parameters, proportional fair on HSDPA, round robin on GERAN and WLAN, load-based admission, no
 * congestion control, default handover and CRRM settings.
 */
public final class RanEmulatorBuilder {
    private final Simulator simulator;
    private final Deployment deployment;
    private PropagationMatrix matrix;
    private PropagationSetup propagation = PropagationSetup.aroma();
    private HsdpaParameters hsdpa = HsdpaParameters.defaults();
    private GeranParameters geran = GeranParameters.defaults();
    private WlanParameters wlan = WlanParameters.defaults();
    private final Scheduler[] schedulers = {new ProportionalFairScheduler(), new RoundRobinScheduler(), new RoundRobinScheduler()};
    private final AdmissionControl[] admission = {LoadBasedAdmission.defaults(), LoadBasedAdmission.defaults(),
        LoadBasedAdmission.defaults()};
    private CongestionControl congestion = CongestionControl.NONE;
    private HandoverParameters handover = HandoverParameters.defaults();
    private CrrmPreferences crrm = CrrmPreferences.defaults();
    private EmulatorSettings settings = EmulatorSettings.defaults();
    private SessionStart sessionStart = SessionStart.RAMP;
    private QosParameters qos = QosParameters.defaults();
    private final List<ServiceTraffic> services = new ArrayList<>();
    private final List<UserGroup> groups = new ArrayList<>();
    private WaypointTrajectory uutTrajectory;
    private Position uutPosition;
    private boolean hasUut;

    RanEmulatorBuilder(Simulator simulator, Deployment deployment) {
        this.simulator = Objects.requireNonNull(simulator);
        this.deployment = Objects.requireNonNull(deployment);
    }

    /** Use a precomputed matrix (e.g. shared by several runs of the same scenario and seed). */
    public RanEmulatorBuilder matrix(PropagationMatrix m) {
        this.matrix = m;
        return this;
    }

    public RanEmulatorBuilder propagation(PropagationSetup p) {
        this.propagation = p;
        return this;
    }

    public RanEmulatorBuilder hsdpa(HsdpaParameters p) {
        this.hsdpa = p;
        return this;
    }

    public RanEmulatorBuilder geran(GeranParameters p) {
        this.geran = p;
        return this;
    }

    public RanEmulatorBuilder wlan(WlanParameters p) {
        this.wlan = p;
        return this;
    }

    public RanEmulatorBuilder scheduler(Technology t, Scheduler s) {
        schedulers[t.ordinal()] = Objects.requireNonNull(s);
        return this;
    }

    public RanEmulatorBuilder admission(Technology t, AdmissionControl a) {
        admission[t.ordinal()] = Objects.requireNonNull(a);
        return this;
    }

    public RanEmulatorBuilder congestion(CongestionControl c) {
        this.congestion = Objects.requireNonNull(c);
        return this;
    }

    public RanEmulatorBuilder handover(HandoverParameters h) {
        this.handover = h;
        return this;
    }

    public RanEmulatorBuilder crrm(CrrmPreferences c) {
        this.crrm = c;
        return this;
    }

    /** QoS enforcement: discard of expired packets, dropping of sessions with unmet QoS. */
    public RanEmulatorBuilder qos(QosParameters q) {
        this.qos = Objects.requireNonNull(q);
        return this;
    }

    /** How the emulated users' session processes start (default: AROMA's ramp). */
    public RanEmulatorBuilder sessionStart(SessionStart start) {
        this.sessionStart = Objects.requireNonNull(start);
        return this;
    }

    public RanEmulatorBuilder settings(EmulatorSettings s) {
        this.settings = s;
        return this;
    }

    /** Adds a service; its index (0, 1, ...) is what session messages name. */
    public int service(ServiceTraffic s) {
        services.add(Objects.requireNonNull(s));
        return services.size() - 1;
    }

    /** Adds emulated users; returns the index of the group's first user. */
    public int users(UserGroup g) {
        int first = (hasUut ? 1 : 0) + groups.stream().mapToInt(UserGroup::count).sum();
        groups.add(g);
        return first;
    }

    /** The user under test (always user 0) follows a deterministic trajectory. */
    public RanEmulatorBuilder userUnderTest(WaypointTrajectory trajectory) {
        requireNoUsersYet();
        this.uutTrajectory = trajectory;
        this.hasUut = true;
        return this;
    }

    /** The user under test (always user 0) stands at a fixed point. */
    public RanEmulatorBuilder userUnderTest(Position position) {
        requireNoUsersYet();
        this.uutPosition = position;
        this.hasUut = true;
        return this;
    }

    private void requireNoUsersYet() {
        if (!groups.isEmpty() || hasUut) {
            throw new IllegalStateException("declare the user under test once, before the emulated users");
        }
    }

    public RanEmulator build() {
        if (services.isEmpty()) {
            throw new IllegalStateException("at least one service is needed");
        }
        Parts p = new Parts();
        RandomStreams streams = simulator.streams();
        p.simulator = simulator;
        p.settings = settings;
        int n = (hasUut ? 1 : 0) + groups.stream().mapToInt(UserGroup::count).sum();
        for (UserGroup g : groups) {
            if (g.service() >= services.size()) {
                throw new IllegalStateException("user group refers to unknown service " + g.service());
            }
        }
        p.services = new Services(services, streams, n);
        p.uut = hasUut ? 0 : -1;
        p.users = new UserTable(n);
        p.buffers = new PacketBuffers(n, Math.max(1024, n * 4));
        p.members = new CellMembers(deployment.cells().size(), n);
        CellMembers backlog = new CellMembers(deployment.cells().size(), n);
        PropagationMatrix m = matrix != null ? matrix : propagation.build(deployment, streams);
        p.radio = new RadioEnvironment(deployment, m, p.users, hsdpa, geran, 10);
        FastFading fading = new FastFading(p.users, streams.stream("ran.fading"), settings.carrierHzForDoppler(),
                settings.fastFading());
        p.mobility = placeUsers(n, streams, fading, p.users);
        p.uutTrajectory = uutTrajectory;
        double[] capacity = new double[deployment.cells().size()];
        for (int c = 0; c < capacity.length; c++) {
            Technology t = deployment.cell(c).technology();
            capacity[c] = t == Technology.UTRAN ? hsdpa.nominalCellCapacityBps()
                    : t == Technology.GERAN ? geran.nominalCellCapacityBps() : wlan.nominalCellCapacityBps();
        }
        p.load = new CellLoad(capacity);
        p.stats = new RanStatistics(simulator.traceBus(), p.radio, p.users, p.load, p.uut);
        p.delivery = new Delivery(p.users, p.buffers, backlog, p.stats, streams.stream("ran.ipran.loss"),
                settings.ipRanLossProbability(), p.uut, simulator.traceBus());
        HsdpaHarq harq = new HsdpaHarq(p.users.size(), HsdpaHarq.PROCESSES, HsdpaHarq.RTT_TTIS, hsdpa.maxTransmissions(),
                true, p.delivery);
        p.delivery.useHarq(harq);
        p.hsdpa = new HsdpaAir(p.radio, p.users, p.buffers, backlog, p.delivery, p.stats, fading,
                schedulers[Technology.UTRAN.ordinal()], hsdpa, HsdpaCqiTable.category12(), SinrToCqi.brouwer(),
                new BlerCurves(LinkLevelTable.load("hsdpa-bler.csv")), streams.stream("ran.hsdpa.blocks"), harq, p.uut);
        p.geran = new GeranAir(p.radio, p.users, p.buffers, backlog, p.delivery, p.stats, fading,
                schedulers[Technology.GERAN.ordinal()], geran, GeranCodingSchemes.standard(),
                streams.stream("ran.geran.blocks"), p.uut);
        p.wlan = new WlanAir(p.radio, p.users, p.buffers, backlog, p.delivery, p.stats, fading,
                schedulers[Technology.WLAN.ordinal()], wlan, WlanRates.ieee80211ag(), streams.stream("ran.wlan.frames"),
                p.uut);
        AirInterface[] airs = {p.hsdpa, p.geran, p.wlan};
        Attachments attachments = new Attachments(p.radio, p.users, p.members, p.load, admission.clone(), crrm, handover,
                p.services, airs, p.uut, p.delivery, backlog);
        p.sessions = new SessionControl(p.users, p.services, attachments, p.delivery, p.stats, simulator.traceBus());
        p.execution = new HandoverExecution(attachments, p.delivery, handover.forwarding(), n);
        p.handovers = new HandoverControl(p.radio, p.users, attachments, handover, p.execution, p.stats,
                simulator.traceBus(), p.uut, settings.warmupNs());
        p.qos = new QosEnforcement(p.users, p.buffers, p.delivery, backlog, p.services, qos,
                settings.warmupNs());
        HandoverControl handovers = p.handovers;
        QosEnforcement enforcement = p.qos;
        p.sessions.setOnSessionEnd(u -> {
            handovers.sessionEnded(u);
            enforcement.sessionEnded(u);
        });
        p.congestion = congestion;
        p.emulatedSessions = new EmulatedSessions(groups, hasUut ? 1 : 0, p.services, p.sessions, sessionStart,
                streams);
        return new RanEmulator(p);
    }

    private MacrocellularMobility placeUsers(int n, RandomStreams streams, FastFading fading, UserTable users) {
        MacrocellularMobility mob = new MacrocellularMobility(deployment.area(), MacrocellularMobility.Parameters.aroma(), n,
                streams.stream("ran.mobility"));
        var indoor = streams.stream("ran.users.indoor");
        int u = 0;
        if (hasUut) {
            Position start = uutTrajectory != null ? uutTrajectory.positionAt(0) : uutPosition;
            mob.moveTo(0, start.xM(), start.yM());
            fading.setSpeed(0, uutTrajectory != null ? uutTrajectory.speedMps() : 0);
            u = 1;
        }
        for (UserGroup g : groups) {
            for (int i = 0; i < g.count(); i++, u++) {
                users.indoor[u] = indoor.nextDouble() < g.indoorFraction();
                double speed = users.indoor[u] ? g.indoorSpeedMps() : g.speedMps();
                mob.place(u, speed, 0);
                fading.setSpeed(u, speed);
            }
        }
        return mob;
    }

    /** Everything the emulator is made of (package-private wiring). */
    static final class Parts {
        Simulator simulator;
        EmulatorSettings settings;
        RadioEnvironment radio;
        UserTable users;
        PacketBuffers buffers;
        CellMembers members;
        MacrocellularMobility mobility;
        WaypointTrajectory uutTrajectory;
        int uut;
        AirInterface hsdpa;
        AirInterface geran;
        AirInterface wlan;
        SessionControl sessions;
        HandoverControl handovers;
        HandoverExecution execution;
        QosEnforcement qos;
        RanStatistics stats;
        Delivery delivery;
        CongestionControl congestion;
        CellLoad load;
        Services services;
        EmulatedSessions emulatedSessions;
    }
}
