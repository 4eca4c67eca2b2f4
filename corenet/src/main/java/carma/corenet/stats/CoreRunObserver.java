package carma.corenet.stats;

import carma.corenet.broker.Decision;
import carma.corenet.trace.BrokerDecisionRecord;
import carma.corenet.trace.LinkClassRecord;
import carma.corenet.trace.LspChangeRecord;
import carma.corenet.trace.PathClassRecord;
import carma.kernel.report.Figure;
import carma.kernel.report.ReportTable;
import carma.kernel.report.RunObserver;
import carma.kernel.report.RunReport;
import carma.kernel.report.Series;
import carma.kernel.trace.TraceBus;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The core's contribution to the run report, from its trace records only: per-class delay per path
 * over time, the total throughput at each IR (both directions, like AROMA Fig. 26e), a per path and
 * class table, and counts of LSP changes and broker decisions.
 */
public final class CoreRunObserver implements RunObserver {
    private static final class Curve {
        final List<Double> x = new ArrayList<>();
        final List<Double> y = new ArrayList<>();
    }

    private static final class PathTotals {
        long delivered;
        double delayMsSum;
        long dropped;
    }

    private final Map<String, Curve> delay = new TreeMap<>();
    private final Map<String, PathTotals> totals = new TreeMap<>();
    private final Map<String, TreeMap<Long, Double>> irThroughput = new TreeMap<>();
    private long lspChanges;
    private long accepted;
    private long rejected;

    public CoreRunObserver(TraceBus bus) {
        bus.subscribe(PathClassRecord.class, this::onPath);
        bus.subscribe(LinkClassRecord.class, this::onLink);
        bus.subscribe(LspChangeRecord.class, r -> lspChanges++);
        bus.subscribe(BrokerDecisionRecord.class, r -> {
            if (r.decision() == Decision.ACCEPT) {
                accepted++;
            } else {
                rejected++;
            }
        });
    }

    private void onPath(PathClassRecord r) {
        String name = r.psc() + " " + r.source() + "->" + r.destination();
        if (r.delivered() > 0) {
            Curve c = delay.computeIfAbsent(name, k -> new Curve());
            c.x.add(r.timeNs() / 1e9);
            c.y.add(r.meanDelayMs());
        }
        PathTotals t = totals.computeIfAbsent(name, k -> new PathTotals());
        t.delivered += r.delivered();
        t.delayMsSum += r.meanDelayMs() * r.delivered();
        t.dropped += r.droppedRed() + r.droppedPolicer() + r.droppedBuffer() + r.droppedNoLsp();
    }

    private void onLink(LinkClassRecord r) {
        String[] ends = r.link().split("->");
        for (String end : ends) {
            if (end.startsWith("IR")) {
                irThroughput.computeIfAbsent(end, k -> new TreeMap<>()).merge(r.timeNs(), r.throughputBps() / 1e6,
                        Double::sum);
            }
        }
    }

    @Override
    public void contribute(RunReport report) {
        long delivered = 0;
        long dropped = 0;
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<String, PathTotals> e : totals.entrySet()) {
            PathTotals t = e.getValue();
            delivered += t.delivered;
            dropped += t.dropped;
            rows.add(List.of(e.getKey(), Long.toString(t.delivered),
                    t.delivered == 0 ? "-" : String.format(Locale.ROOT, "%.3f", t.delayMsSum / t.delivered),
                    Long.toString(t.dropped)));
        }
        report.put("coreDeliveredPackets", delivered);
        report.put("coreDroppedPackets", dropped);
        report.put("coreLspChanges", lspChanges);
        report.put("coreBrokerAccepted", accepted);
        report.put("coreBrokerRejected", rejected);
        report.addTable(new ReportTable("Core: packets per class and path",
                List.of("class and path", "delivered", "mean delay (ms)", "dropped"), rows));
        List<Series> d = new ArrayList<>();
        for (Map.Entry<String, Curve> e : delay.entrySet()) {
            d.add(new Series(e.getKey(), toArray(e.getValue().x), toArray(e.getValue().y)));
        }
        if (!d.isEmpty()) {
            report.addFigure(new Figure("corenet-class-delay", "Core delay per class and path", "time (s)",
                    "mean delay (ms)", Figure.Kind.LINE, d));
        }
        List<Series> ir = new ArrayList<>();
        for (Map.Entry<String, TreeMap<Long, Double>> e : irThroughput.entrySet()) {
            double[] x = e.getValue().keySet().stream().mapToDouble(t -> t / 1e9).toArray();
            double[] y = e.getValue().values().stream().mapToDouble(Double::doubleValue).toArray();
            ir.add(new Series(e.getKey(), x, y));
        }
        if (!ir.isEmpty()) {
            report.addFigure(new Figure("corenet-ir-throughput", "Total throughput at the IRs (both directions)",
                    "time (s)", "throughput (Mbit/s)", Figure.Kind.LINE, ir));
        }
    }

    private static double[] toArray(List<Double> v) {
        return v.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
