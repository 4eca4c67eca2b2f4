package carma.ran.emulator;

import carma.kernel.event.EventSink;
import carma.kernel.sim.Simulator;
import carma.kernel.sim.Ticker;
import carma.kernel.trace.TraceBus;
import carma.radio.deployment.Deployment;
import carma.radio.deployment.Technology;
import carma.radio.geometry.Grid;
import carma.radio.mobility.MacrocellularMobility;
import carma.radio.mobility.WaypointTrajectory;
import carma.ran.admission.CellLoad;
import carma.ran.admission.CongestionControl;
import carma.ran.session.SessionMessage;
import carma.ran.trace.SessionRecord.SessionEvent;
import carma.ran.trace.UserStatsRecord;
import carma.ran.user.CellMembers;
import carma.ran.user.PacketBuffers;
import carma.ran.user.UserTable;
import carma.traffic.PacketSink;
import carma.traffic.session.ServiceTraffic;
import java.util.List;

/**
 * The AROMA RAN emulators (UTRAN/HSDPA, GERAN, WLAN) of one scenario, run as a kernel ticker every
 * 10 ms with 5 sub-ticks for the 2 ms HSDPA TTI (AROMA paper §5.3, Fig. 7). Each 10 ms loop:
 * update positions → update propagation → reachable cells and handover → session-control messages
 * → packet arrivals → (per TTI) requests, user reports, scheduling, radio transmission, forward or
 * discard → statistics. Build with {@link RanEmulatorBuilder}.
 */
public final class RanEmulator implements Ticker {
    private final Simulator simulator;
    private final EmulatorSettings settings;
    private final RadioEnvironment radio;
    private final UserTable users;
    private final PacketBuffers buffers;
    private final CellMembers members;
    private final MacrocellularMobility mobility;
    private final WaypointTrajectory uutTrajectory;
    private final int uut;
    private final AirInterface hsdpa;
    private final AirInterface geran;
    private final AirInterface wlan;
    private final SessionControl sessions;
    private final EmulatedSessions emulatedSessions;
    private final HandoverExecution execution;
    private final MeasurementSchedule measurements;
    private final QosEnforcement qos;
    private final int[] qosDrops;
    private final RanStatistics stats;
    private final Delivery delivery;
    private final CongestionControl congestion;
    private final CellLoad load;
    private final Services services;
    private final Grid grid;
    private final Arrivals arrivals = new Arrivals();
    private final UutPort uutPort;
    private final int[] scratch;
    private final int[] activeInCell;
    private long nextUutPacketId;
    private boolean warmedUp;

    RanEmulator(RanEmulatorBuilder.Parts p) {
        this.simulator = p.simulator;
        this.settings = p.settings;
        this.radio = p.radio;
        this.users = p.users;
        this.buffers = p.buffers;
        this.members = p.members;
        this.mobility = p.mobility;
        this.uutTrajectory = p.uutTrajectory;
        this.uut = p.uut;
        this.hsdpa = p.hsdpa;
        this.geran = p.geran;
        this.wlan = p.wlan;
        this.sessions = p.sessions;
        this.emulatedSessions = p.emulatedSessions;
        this.execution = p.execution;
        this.qos = p.qos;
        this.qosDrops = new int[users.size()];
        this.measurements = new MeasurementSchedule(users, mobility, p.handovers, sessions, simulator.tickNs(),
                settings.warmupNs());
        execution.setCatchUpTraffic(this::catchUpTraffic);
        this.stats = p.stats;
        this.delivery = p.delivery;
        this.congestion = p.congestion;
        this.load = p.load;
        this.services = p.services;
        this.grid = radio.matrix().grid();
        this.scratch = new int[users.size()];
        this.activeInCell = new int[radio.cells()];
        this.uutPort = new UutPort(this, simulator);
        for (int u = 0; u < users.size(); u++) {
            users.gridIndex[u] = grid.nearestIndex(mobility.xM(u), mobility.yM(u));
        }
        simulator.addTicker("ran", 5, this);
        simulator.onRunEnd((endNs, stoppedEarly) -> {
            publishUserStats(endNs);
            measurements.publishTotals(endNs);
            qos.publishTotals(simulator.traceBus(), endNs);
        });
    }

    public static RanEmulatorBuilder builder(Simulator simulator, Deployment deployment) {
        return new RanEmulatorBuilder(simulator, deployment);
    }

    /** Where CRRM (or a test) sends session-control messages; they are handled at the next 10 ms loop. */
    public EventSink<SessionMessage> sessionControl() {
        return sessions;
    }

    /** Where RAN-initiated deactivations and droppings go (default: nowhere). */
    public void setCrrm(EventSink<SessionMessage> crrm) {
        emulatedSessions.setCrrm(crrm);
    }

    /** The user under test's packet entry, or an exception when the scenario has none. */
    public UutPort userUnderTest() {
        if (uut < 0) {
            throw new IllegalStateException("this emulation has no user under test");
        }
        return uutPort;
    }

    public int users() {
        return users.size();
    }

    /** The per-user state (for tests of the machinery in this package). */
    UserTable userTable() {
        return users;
    }

    public int userUnderTestIndex() {
        return uut;
    }

    public List<ServiceTraffic> services() {
        return services.all();
    }

    public RadioEnvironment radio() {
        return radio;
    }

    /** Run totals: admissions accepted/rejected, drops, horizontal and vertical handovers. */
    public RanTotals totals() {
        return new RanTotals(stats.admissionsAccepted, stats.admissionsRejected, stats.sessionsDropped,
                stats.horizontalHandovers, stats.verticalHandovers);
    }

    @Override
    public void tick(long nowNs, long tickIndex, int subTick) {
        if (subTick == 0) {
            if (!warmedUp && nowNs >= settings.warmupNs()) {
                endWarmup();
            }
            closeStatistics(nowNs);
            updatePositions(nowNs);
            execution.completeDue(nowNs);
            measurements.run(nowNs, tickIndex);
            emulatedSessions.advance(nowNs);
            sessions.process(nowNs);
            hsdpa.closeLoadInterval();
            geran.closeLoadInterval();
            wlan.closeLoadInterval();
            radio.nextLoadInterval();
        }
        generateTraffic(radio.cellsOf(Technology.UTRAN), nowNs);
        hsdpa.tti(nowNs);
        if (subTick == 0) {
            generateTraffic(radio.cellsOf(Technology.GERAN), nowNs);
            geran.tti(nowNs);
            generateTraffic(radio.cellsOf(Technology.WLAN), nowNs);
            wlan.tti(nowNs);
        }
    }

    /** The warm-up is over: per-user figures and run totals count from now on. */
    private void endWarmup() {
        warmedUp = true;
        if (settings.warmupNs() == 0) {
            return;
        }
        java.util.Arrays.fill(users.deliveredBits, 0);
        java.util.Arrays.fill(users.forwardedPackets, 0);
        java.util.Arrays.fill(users.discardedPackets, 0);
        java.util.Arrays.fill(users.delaySumNs, 0);
        qos.warmupEnded();
        stats.admissionsAccepted = 0;
        stats.admissionsRejected = 0;
        stats.sessionsDropped = 0;
    }

    private void closeStatistics(long nowNs) {
        if (nowNs > 0 && nowNs % RanStatistics.WINDOW_NS == 0) {
            stats.endWindow(nowNs, uut >= 0 ? mobility.xM(uut) : Double.NaN, uut >= 0 ? mobility.yM(uut) : Double.NaN);
        }
        if (nowNs > 0 && nowNs % settings.statsIntervalNs() == 0) {
            for (int c = 0; c < activeInCell.length; c++) {
                activeInCell[c] = members.count(c);
            }
            stats.endInterval(nowNs, activeInCell);
            controlCongestion(nowNs);
            int drops = qos.endInterval(nowNs, settings.statsIntervalNs(), qosDrops);
            for (int i = 0; i < drops; i++) {
                sessions.end(qosDrops[i], nowNs, SessionEvent.DROPPED, "QoS unmet");
            }
        }
    }

    private void updatePositions(long nowNs) {
        int moved = mobility.advance(nowNs);
        int[] list = mobility.movedUsers();
        for (int k = 0; k < moved; k++) {
            relocate(list[k], nowNs);
        }
        if (uutTrajectory != null) {
            mobility.moveTo(uut, uutTrajectory.xM(nowNs), uutTrajectory.yM(nowNs));
            relocate(uut, nowNs);
        }
    }

    /** Propagation update for a user whose position changed (handover decisions follow its measurements). */
    private void relocate(int u, long nowNs) {
        int g = grid.nearestIndex(mobility.xM(u), mobility.yM(u));
        if (g == users.gridIndex[u]) {
            return;
        }
        users.gridIndex[u] = g;
        if (users.active[u] && users.servingCell[u] >= 0) {
            radio.refreshLink(u);
        }
    }

    /** The packets of a user in handover transit up to now (buffered or discarded by the forwarding mode). */
    private void catchUpTraffic(int u) {
        long nowNs = simulator.nowNs();
        if (users.active[u] && users.source[u] != null && users.generatedUntilNs[u] < nowNs) {
            arrivals.user = u;
            users.source[u].generate(users.generatedUntilNs[u], nowNs, arrivals);
            users.generatedUntilNs[u] = nowNs;
        }
    }

    /**
     * Packet arrivals up to now of the users with a session in the given cells, then the discard
     * of packets past their transfer delay (before the cells' TTI).
     */
    private void generateTraffic(int[] cells, long nowNs) {
        for (int c : cells) {
            for (int i = 0, n = members.count(c); i < n; i++) {
                int u = members.member(c, i);
                if (users.generatedUntilNs[u] < nowNs) {
                    arrivals.user = u;
                    users.source[u].generate(users.generatedUntilNs[u], nowNs, arrivals);
                    users.generatedUntilNs[u] = nowNs;
                }
            }
        }
        qos.discardExpired(cells, nowNs);
    }

    private void controlCongestion(long nowNs) {
        for (int c = 0; c < radio.cells(); c++) {
            int victim;
            while ((victim = congestion.victim(c, load, membersOf(c), members.count(c), users.classPriority,
                    users.sessionStartNs)) >= 0) {
                sessions.end(victim, nowNs, SessionEvent.DROPPED, "congestion");
            }
        }
    }

    private int[] membersOf(int c) {
        int n = members.count(c);
        for (int i = 0; i < n; i++) {
            scratch[i] = members.member(c, i);
        }
        return scratch;
    }

    /** Puts a packet into a user's buffer, or discards it; returns the packet id (−1 for emulated users). */
    long enqueue(int u, long arrivalNs, int sizeBits, long packetId) {
        boolean inTransit = users.servingCell[u] < 0 && execution.inTransit(u);
        if (!users.active[u] || (users.servingCell[u] < 0 && !inTransit)) {
            delivery.countDiscard(u, packetId, arrivalNs, DiscardReason.NOT_CONNECTED);
        } else if (inTransit && !execution.lossless()) {
            delivery.countDiscard(u, packetId, arrivalNs, DiscardReason.HANDOVER);
        } else if (!buffers.offer(u, packetId, arrivalNs, sizeBits, settings.bufferLimitBits())) {
            delivery.countDiscard(u, packetId, arrivalNs, DiscardReason.BUFFER_OVERFLOW);
        } else {
            delivery.joinBacklog(u);
        }
        return packetId;
    }

    long nextUutPacketId() {
        return nextUutPacketId++;
    }

    void setUutListener(PacketOutcomeListener listener) {
        delivery.setUutListener(listener);
    }

    private void publishUserStats(long nowNs) {
        TraceBus bus = simulator.traceBus();
        if (!bus.wants(UserStatsRecord.class)) {
            return;
        }
        double seconds = (nowNs - settings.warmupNs()) / 1e9;
        for (int u = 0; u < users.size(); u++) {
            long fwd = users.forwardedPackets[u];
            bus.publish(new UserStatsRecord(nowNs, u, services.name(users.service[u]),
                    seconds > 0 ? users.deliveredBits[u] / seconds : 0, fwd > 0 ? users.delaySumNs[u] / fwd / 1e6 : Double.NaN,
                    fwd, users.discardedPackets[u]));
        }
    }

    /** Feeds generated packets of the current user into its buffer. */
    private final class Arrivals implements PacketSink {
        int user;

        @Override
        public void onPacket(long arrivalNs, int sizeBits) {
            enqueue(user, arrivalNs, sizeBits, user == uut ? nextUutPacketId() : -1);
        }
    }

    /** Run totals of session control and handover. */
    public record RanTotals(long admissionsAccepted, long admissionsRejected, long sessionsDropped,
            long horizontalHandovers, long verticalHandovers) {}
}
