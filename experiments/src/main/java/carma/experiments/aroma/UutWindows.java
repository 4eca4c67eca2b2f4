package carma.experiments.aroma;

import carma.kernel.trace.TraceBus;
import carma.ran.trace.UutWindowRecord;

/**
 * The user under test's 20 ms windows (10 TTIs) of one run, collected from the run's trace bus
 * ({@link UutWindowRecord}) after the warm-up; times are relative to the end of the warm-up (the
 * paper's t = 0).
 */
final class UutWindows {
    final double nodeB0xM;
    final double nodeB1xM;
    final double[] timeS;
    final double[] xM;
    final double[] pilotDb;
    final double[] cqi;
    final double[] requested;
    final double[] accepted;
    final double[] rejected;
    final double[] codes;
    private final long warmupNs;
    private int n;

    /**
     * Subscribes to {@code bus}: windows ending after {@code warmupNs}, for at most {@code durationS}
     * after it, between Node-Bs at {@code nodeB0xM} and {@code nodeB1xM} on the UUT's line.
     */
    static UutWindows subscribe(TraceBus bus, double nodeB0xM, double nodeB1xM, long warmupNs, double durationS) {
        UutWindows w = new UutWindows(nodeB0xM, nodeB1xM, warmupNs, (int) Math.round(durationS / 0.02) + 1);
        bus.subscribe(UutWindowRecord.class, r -> {
            if (r.timeNs() > warmupNs) {
                w.add(r);
            }
        });
        return w;
    }

    private UutWindows(double nodeB0xM, double nodeB1xM, long warmupNs, int capacity) {
        this.nodeB0xM = nodeB0xM;
        this.nodeB1xM = nodeB1xM;
        this.warmupNs = warmupNs;
        timeS = new double[capacity];
        xM = new double[capacity];
        pilotDb = new double[capacity];
        cqi = new double[capacity];
        requested = new double[capacity];
        accepted = new double[capacity];
        rejected = new double[capacity];
        codes = new double[capacity];
    }

    private void add(UutWindowRecord r) {
        timeS[n] = (r.timeNs() - warmupNs) / 1e9;
        xM[n] = r.xM();
        pilotDb[n] = r.cpichEcIoDb() != null ? r.cpichEcIoDb() : Double.NaN;
        cqi[n] = r.hsdpaCqi() != null ? r.hsdpaCqi() : 0;
        requested[n] = r.requested();
        accepted[n] = r.accepted();
        rejected[n] = r.rejected();
        codes[n] = r.hsPdschCodes() != null ? r.hsPdschCodes() : 0;
        n++;
    }

    int size() {
        return n;
    }

    /** Distance from the nearer of the two Node-Bs, as a share of the inter-site distance (0 … 0.5). */
    double borderness(int i) {
        double span = nodeB1xM - nodeB0xM;
        return Math.min(Math.abs(xM[i] - nodeB0xM), Math.abs(xM[i] - nodeB1xM)) / span;
    }
}
