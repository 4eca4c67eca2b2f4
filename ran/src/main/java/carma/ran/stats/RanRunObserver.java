package carma.ran.stats;

import carma.kernel.report.Figure;
import carma.kernel.report.ReportTable;
import carma.kernel.report.RunObserver;
import carma.kernel.report.RunReport;
import carma.kernel.report.Series;
import carma.kernel.trace.TraceBus;
import carma.ran.trace.CellLoadRecord;
import carma.ran.trace.HandoverRecord;
import carma.ran.trace.MobilityStatsRecord;
import carma.ran.trace.QosStatsRecord;
import carma.ran.trace.ServiceStatsRecord;
import carma.ran.trace.SessionRecord;
import carma.ran.trace.UutWindowRecord;
import carma.traffic.QosClass;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Summarises a RAN emulation from its trace records: admission, dropping and handover counts,
 * throughput, delay and loss per QoS class, load per technology, and the user under test's CQI,
 * requests and throughput over time; contributes them to the run's report.
 */
public final class RanRunObserver implements RunObserver {
    private static final QosClass[] CLASSES = QosClass.values();
    private final double[] classBits = new double[CLASSES.length];
    private final long[] classForwarded = new long[CLASSES.length];
    private final long[] classDiscarded = new long[CLASSES.length];
    private final double[] classDelaySum = new double[CLASSES.length];
    private final List<double[]> classSeries = new ArrayList<>(); // time, throughput per class...
    private final List<double[]> loadSeries = new ArrayList<>(); // time, utilisation UTRAN/GERAN/WLAN
    private final double[] loadAcc = new double[3];
    private final int[] loadCount = new int[3];
    private long loadTimeNs = -1;
    private final List<double[]> uut = new ArrayList<>(); // time, HSDPA cqi, req, acc, bits (per 1 s)
    private final double[] uutAcc = new double[6]; // windows, cqi sum, req, acc, bits, windows with a cqi
    private long accepted;
    private long rejected;
    private long dropped;
    private long horizontal;
    private long vertical;
    private long uutHandovers;
    private MobilityStatsRecord mobility;
    private final QosStatsRecord[] qos = new QosStatsRecord[CLASSES.length];
    private final long warmupNs;
    private int intervalsAfterWarmup;

    public RanRunObserver(TraceBus bus) {
        this(bus, 0);
    }

    /**
     * Summary figures count only what happened after {@code warmupNs}: interval records whose
     * interval ended after it, events at or after it (the time series keep the whole run).
     */
    public RanRunObserver(TraceBus bus, long warmupNs) {
        this.warmupNs = warmupNs;
        bus.subscribe(ServiceStatsRecord.class, this::onService);
        bus.subscribe(CellLoadRecord.class, this::onCell);
        bus.subscribe(UutWindowRecord.class, this::onUut);
        bus.subscribe(HandoverRecord.class, this::onHandover);
        bus.subscribe(SessionRecord.class, this::onSession);
        bus.subscribe(MobilityStatsRecord.class, r -> mobility = r);
        bus.subscribe(QosStatsRecord.class, r -> qos[QosClass.valueOf(r.qosClass()).ordinal()] = r);
    }

    private void onService(ServiceStatsRecord r) {
        int k = QosClass.valueOf(r.qosClass()).ordinal();
        if (k == 0) {
            classSeries.add(new double[CLASSES.length + 1]);
        }
        double[] row = classSeries.get(classSeries.size() - 1);
        row[0] = r.timeNs() / 1e9;
        row[k + 1] = r.throughputBps() / 1e3;
        if (r.timeNs() <= warmupNs) {
            return;
        }
        if (k == 0) {
            intervalsAfterWarmup++;
        }
        classBits[k] += r.throughputBps();
        classForwarded[k] += r.forwardedPackets();
        classDiscarded[k] += r.discardedPackets();
        if (r.forwardedPackets() > 0) {
            classDelaySum[k] += r.meanDelayMs() * r.forwardedPackets();
        }
    }

    private void onCell(CellLoadRecord r) {
        if (r.timeNs() != loadTimeNs && loadTimeNs >= 0) {
            flushLoad();
        }
        loadTimeNs = r.timeNs();
        int t = "UTRAN".equals(r.technology()) ? 0 : "GERAN".equals(r.technology()) ? 1 : 2;
        loadAcc[t] += r.resourceUtilisation();
        loadCount[t]++;
    }

    private void flushLoad() {
        double[] row = new double[4];
        row[0] = loadTimeNs / 1e9;
        for (int t = 0; t < 3; t++) {
            row[t + 1] = loadCount[t] == 0 ? Double.NaN : loadAcc[t] / loadCount[t];
            loadAcc[t] = 0;
            loadCount[t] = 0;
        }
        loadSeries.add(row);
    }

    private void onUut(UutWindowRecord r) {
        if (r.hsdpaCqi() != null) {
            uutAcc[1] += r.hsdpaCqi();
            uutAcc[5]++;
        }
        uutAcc[2] += r.requested();
        uutAcc[3] += r.accepted();
        uutAcc[4] += r.deliveredBits();
        uutAcc[0]++;
        if (r.timeNs() % 1_000_000_000L == 0) {
            double n = uutAcc[0];
            uut.add(new double[] {r.timeNs() / 1e9, uutAcc[5] > 0 ? uutAcc[1] / uutAcc[5] : Double.NaN, uutAcc[2] / n, uutAcc[3] / n, uutAcc[4] / (n * 0.02) / 1e3});
            java.util.Arrays.fill(uutAcc, 0);
        }
    }

    private void onHandover(HandoverRecord r) {
        if (r.timeNs() < warmupNs) {
            return;
        }
        if (r.vertical()) {
            vertical++;
        } else {
            horizontal++;
        }
        if (r.userUnderTest()) {
            uutHandovers++;
        }
    }

    private void onSession(SessionRecord r) {
        if (r.timeNs() < warmupNs) {
            return;
        }
        switch (r.event()) {
            case ACCEPTED:
                accepted++;
                break;
            case REJECTED:
                rejected++;
                break;
            case DROPPED:
                dropped++;
                break;
            default:
                break;
        }
    }

    @Override
    public void contribute(RunReport report) {
        if (loadTimeNs >= 0) {
            flushLoad();
        }
        report.put("ran.sessions.accepted", accepted).put("ran.sessions.rejected", rejected)
                .put("ran.sessions.dropped", dropped).put("ran.handovers.horizontal", horizontal)
                .put("ran.handovers.vertical", vertical).put("ran.uut.handovers", uutHandovers);
        putMobility(report);
        double intervals = Math.max(1, intervalsAfterWarmup);
        List<List<String>> rows = new ArrayList<>();
        for (int k = 0; k < CLASSES.length; k++) {
            long total = classForwarded[k] + classDiscarded[k];
            double loss = total == 0 ? 0 : classDiscarded[k] / (double) total;
            double delay = classForwarded[k] == 0 ? Double.NaN : classDelaySum[k] / classForwarded[k];
            String key = "ran." + CLASSES[k].name().toLowerCase(Locale.ROOT);
            report.put(key + ".throughputKbps", round(classBits[k] / intervals / 1e3));
            if (Double.isFinite(delay)) {
                report.put(key + ".meanDelayMs", round(delay));
            }
            report.put(key + ".lossRatio", round(loss));
            if (qos[k] != null) {
                report.put(key + ".expiredPackets", qos[k].expiredPackets())
                        .put(key + ".qosUnmetRatio", round(qos[k].trackedUserS() > 0 ? qos[k].unmetUserS() / qos[k].trackedUserS() : 0))
                        .put(key + ".qosDrops", qos[k].qosDrops());
            }
            rows.add(List.of(CLASSES[k].name().toLowerCase(Locale.ROOT), fmt(classBits[k] / intervals / 1e3),
                    fmt(delay), String.format(Locale.ROOT, "%.4f", loss), Long.toString(classForwarded[k]),
                    Long.toString(classDiscarded[k])));
        }
        report.addTable(new ReportTable("Per QoS class (whole run)",
                List.of("class", "throughput (kbit/s)", "mean delay (ms)", "loss ratio", "forwarded", "discarded"), rows));
        addFigures(report);
    }

    /** Ping-pong ratio, handovers per km travelled and per user-hour with a session, radio-link failures. */
    private void putMobility(RunReport report) {
        if (mobility == null) {
            return;
        }
        long handovers = mobility.horizontalHandovers() + mobility.verticalHandovers();
        report.put("ran.handovers.pingPongRatio", round(handovers == 0 ? 0 : mobility.pingPongs() / (double) handovers))
                .put("ran.handovers.pingPongWindowS", mobility.pingPongWindowS())
                .put("ran.handovers.perKm", round(mobility.distanceKm() > 0 ? handovers / mobility.distanceKm() : 0))
                .put("ran.handovers.perUserHour",
                        round(mobility.activeUserHours() > 0 ? handovers / mobility.activeUserHours() : 0))
                .put("ran.sessions.radioLinkFailures", mobility.radioLinkFailures());
    }

    private void addFigures(RunReport report) {
        if (!classSeries.isEmpty()) {
            List<Series> s = new ArrayList<>();
            for (int k = 0; k < CLASSES.length; k++) {
                s.add(new Series(CLASSES[k].name().toLowerCase(Locale.ROOT), column(classSeries, 0), column(classSeries, k + 1)));
            }
            report.addFigure(new Figure("ran-throughput-per-class", "Downlink throughput per QoS class", "time (s)",
                    "kbit/s", Figure.Kind.LINE, s));
        }
        if (!loadSeries.isEmpty()) {
            report.addFigure(new Figure("ran-load-per-technology", "Mean share of radio resources used per cell",
                    "time (s)", "utilisation", Figure.Kind.LINE, List.of(
                            new Series("UTRAN codes", column(loadSeries, 0), column(loadSeries, 1)),
                            new Series("GERAN timeslots", column(loadSeries, 0), column(loadSeries, 2)),
                            new Series("WLAN airtime", column(loadSeries, 0), column(loadSeries, 3)))));
        }
        if (!uut.isEmpty()) {
            report.addFigure(new Figure("ran-uut-cqi", "User under test: reported HSDPA CQI (1 s mean)", "time (s)", "CQI",
                    Figure.Kind.LINE, List.of(new Series("CQI", column(uut, 0), column(uut, 1)))));
            report.addFigure(new Figure("ran-uut-requests", "User under test: TTIs per 10 TTIs (1 s mean)", "time (s)",
                    "TTIs", Figure.Kind.LINE, List.of(new Series("requested", column(uut, 0), column(uut, 2)),
                            new Series("accepted", column(uut, 0), column(uut, 3)))));
            report.addFigure(new Figure("ran-uut-throughput", "User under test: delivered throughput (1 s mean)",
                    "time (s)", "kbit/s", Figure.Kind.LINE, List.of(new Series("throughput", column(uut, 0), column(uut, 4)))));
        }
    }

    private static double[] column(List<double[]> rows, int c) {
        double[] v = new double[rows.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = rows.get(i)[c];
        }
        return v;
    }

    private static double round(double v) {
        return Math.round(v * 1e4) / 1e4;
    }

    private static String fmt(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.1f", v) : "–";
    }
}
