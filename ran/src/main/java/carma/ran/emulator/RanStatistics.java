package carma.ran.emulator;

import carma.kernel.trace.TraceBus;
import carma.radio.deployment.Technology;
import carma.ran.admission.CellLoad;
import carma.ran.trace.CellLoadRecord;
import carma.ran.trace.CellWindowRecord;
import carma.ran.trace.ServiceStatsRecord;
import carma.ran.trace.UutWindowRecord;
import carma.ran.user.UserTable;
import carma.traffic.QosClass;

/**
 * Counters of the emulation, turned into trace records: every 20 ms window (10 HSDPA TTIs) for the
 * user under test and the cells, every statistics interval per cell and per QoS class. Counters
 * are primitive arrays updated in place by the machinery; records are built only when someone
 * subscribes to them.
 */
final class RanStatistics {
    static final long WINDOW_NS = 20_000_000L;
    private static final QosClass[] CLASSES = QosClass.values();
    private final TraceBus bus;
    private final RadioEnvironment radio;
    private final UserTable users;
    private final CellLoad load;
    private final int uut;
    // per QoS class, per interval
    final long[] classDeliveredBits = new long[CLASSES.length];
    final long[] classForwarded = new long[CLASSES.length];
    final long[] classDiscarded = new long[CLASSES.length];
    final double[] classDelaySumNs = new double[CLASSES.length];
    final int[] classActiveSessions = new int[CLASSES.length];
    // per cell, per interval
    final long[] cellServedBits;
    final double[] cellResourceUsed;
    final double[] cellResourceOffered;
    final long[] cellRequests;
    final long[] cellAccepted;
    final long[] cellRejected;
    // per cell, per window
    final int[] winRequests;
    final int[] winAccepted;
    final int[] winRejected;
    final int[] winResources;
    // user under test, per window
    int uutRequested;
    int uutAccepted;
    int uutRejected;
    int uutCodes;
    long uutDeliveredBits;
    // run totals
    long admissionsAccepted;
    long admissionsRejected;
    long sessionsDropped;
    long horizontalHandovers;
    long verticalHandovers;
    private long intervalStartNs;

    RanStatistics(TraceBus bus, RadioEnvironment radio, UserTable users, CellLoad load, int uut) {
        this.bus = bus;
        this.radio = radio;
        this.users = users;
        this.load = load;
        this.uut = uut;
        int cells = radio.cells();
        cellServedBits = new long[cells];
        cellResourceUsed = new double[cells];
        cellResourceOffered = new double[cells];
        cellRequests = new long[cells];
        cellAccepted = new long[cells];
        cellRejected = new long[cells];
        winRequests = new int[cells];
        winAccepted = new int[cells];
        winRejected = new int[cells];
        winResources = new int[cells];
    }

    /** One scheduling decision of a cell in a TTI. */
    void recordTti(int cell, int requests, int accepted, int resourcesUsed, int resourcesOffered) {
        cellRequests[cell] += requests;
        cellAccepted[cell] += accepted;
        cellRejected[cell] += requests - accepted;
        cellResourceUsed[cell] += resourcesUsed;
        cellResourceOffered[cell] += resourcesOffered;
        winRequests[cell] += requests;
        winAccepted[cell] += accepted;
        winRejected[cell] += requests - accepted;
        winResources[cell] += resourcesUsed;
    }

    /** A scheduling interval of a cell without backlog: its resources were offered and not used. */
    void recordIdle(int cell, int resourcesOffered) {
        cellResourceOffered[cell] += resourcesOffered;
    }

    void recordUut(boolean requested, boolean accepted, int codes) {
        if (requested) {
            uutRequested++;
            if (accepted) {
                uutAccepted++;
                uutCodes += codes;
            } else {
                uutRejected++;
            }
        }
    }

    void endWindow(long nowNs, double uutX, double uutY) {
        if (uut >= 0 && bus.wants(UutWindowRecord.class)) {
            publishUutWindow(nowNs, uutX, uutY);
        }
        uutRequested = 0;
        uutAccepted = 0;
        uutRejected = 0;
        uutCodes = 0;
        uutDeliveredBits = 0;
        boolean cellsWanted = bus.wants(CellWindowRecord.class);
        for (int c = 0; c < winRequests.length; c++) {
            if (cellsWanted && winRequests[c] > 0) {
                bus.publish(new CellWindowRecord(nowNs, c, winRequests[c], winAccepted[c], winRejected[c], winResources[c]));
            }
            winRequests[c] = 0;
            winAccepted[c] = 0;
            winRejected[c] = 0;
            winResources[c] = 0;
        }
    }

    /** The UUT's window: each indicator in the column of its technology, the others empty. */
    private void publishUutWindow(long nowNs, double uutX, double uutY) {
        int cell = users.servingCell[uut];
        int ran = cell < 0 ? -1 : radio.deployment().cell(cell).ran().value();
        Technology t = cell < 0 ? null : radio.technologyOf(cell);
        Double quality = cell < 0 ? null : radio.pilotQualityDb(uut);
        int indicator = users.cqi[uut];
        bus.publish(new UutWindowRecord(nowNs, uutX, uutY, ran, cell,
                t == Technology.UTRAN ? quality : null, t == Technology.GERAN ? quality : null,
                t == Technology.WLAN ? quality : null,
                t == Technology.UTRAN ? Integer.valueOf(indicator) : null,
                t == Technology.GERAN ? Integer.valueOf(indicator) : null,
                t == Technology.WLAN ? Integer.valueOf(indicator - 1) : null,
                uutRequested, uutAccepted, uutRejected,
                t == Technology.UTRAN ? Integer.valueOf(uutCodes) : null,
                t == Technology.GERAN ? Integer.valueOf(uutCodes) : null,
                t == Technology.WLAN ? Integer.valueOf(uutCodes) : null, uutDeliveredBits));
    }

    void endInterval(long nowNs, int[] activeInCell) {
        double seconds = (nowNs - intervalStartNs) / 1e9;
        if (seconds <= 0) {
            return;
        }
        if (bus.wants(CellLoadRecord.class)) {
            for (int c = 0; c < cellServedBits.length; c++) {
                double util = cellResourceOffered[c] > 0 ? cellResourceUsed[c] / cellResourceOffered[c] : 0;
                bus.publish(new CellLoadRecord(nowNs, c, radio.technologyOf(c).name(), activeInCell[c],
                        cellServedBits[c] / seconds, util, cellRequests[c], cellAccepted[c], cellRejected[c], load.load(c)));
            }
        }
        if (bus.wants(ServiceStatsRecord.class)) {
            for (int k = 0; k < CLASSES.length; k++) {
                double meanDelayMs = classForwarded[k] > 0 ? classDelaySumNs[k] / classForwarded[k] / 1e6 : Double.NaN;
                bus.publish(new ServiceStatsRecord(nowNs, CLASSES[k].name(), classActiveSessions[k],
                        classDeliveredBits[k] / seconds, meanDelayMs, classForwarded[k], classDiscarded[k]));
            }
        }
        java.util.Arrays.fill(cellServedBits, 0);
        java.util.Arrays.fill(cellResourceUsed, 0);
        java.util.Arrays.fill(cellResourceOffered, 0);
        java.util.Arrays.fill(cellRequests, 0);
        java.util.Arrays.fill(cellAccepted, 0);
        java.util.Arrays.fill(cellRejected, 0);
        java.util.Arrays.fill(classDeliveredBits, 0);
        java.util.Arrays.fill(classForwarded, 0);
        java.util.Arrays.fill(classDiscarded, 0);
        java.util.Arrays.fill(classDelaySumNs, 0);
        intervalStartNs = nowNs;
    }
}
