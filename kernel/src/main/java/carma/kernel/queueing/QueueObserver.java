package carma.kernel.queueing;

import carma.kernel.report.Figure;
import carma.kernel.report.ReportTable;
import carma.kernel.report.RunObserver;
import carma.kernel.report.RunReport;
import carma.kernel.report.Series;
import carma.kernel.trace.TraceBus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Compares the measured mean wait and mean number waiting of each validation queue with the
 * Pollaczek–Khinchine closed forms, from trace records only.
 */
public final class QueueObserver implements RunObserver {
    private static final int MAX_POINTS = 2000;
    private final Map<String, QueueStatistics> stats = new LinkedHashMap<>();
    private final Map<String, List<double[]>> lengthSeries = new LinkedHashMap<>();
    private final long warmupNs;

    public QueueObserver(List<QueueModel> models, long warmupNs, TraceBus bus) {
        this.warmupNs = warmupNs;
        for (QueueModel m : models) {
            stats.put(m.name(), new QueueStatistics(m, warmupNs));
            lengthSeries.put(m.name(), new ArrayList<>());
        }
        bus.subscribe(QueueCustomer.class, c -> stats.get(c.queue()).onCustomer(c));
        bus.subscribe(QueueSample.class, s -> {
            stats.get(s.queue()).onSample(s);
            lengthSeries.get(s.queue()).add(new double[] {s.timeNs() / 1e9, s.inSystem()});
        });
    }

    /** Measured mean wait of queue {@code name}, seconds (for tests and experiments). */
    public double meanWaitS(String name) {
        return stats.get(name).meanWaitS();
    }

    public double meanWaiting(String name) {
        return stats.get(name).meanWaiting();
    }

    @Override
    public void contribute(RunReport report) {
        List<List<String>> rows = new ArrayList<>();
        for (QueueStatistics s : stats.values()) {
            QueueModel m = s.model();
            String k = m.name();
            report.put(k + ".model", m.service().kendall());
            report.put(k + ".utilisation", m.utilisation());
            report.put(k + ".customers", s.customers());
            report.put(k + ".meanWaitS", s.meanWaitS());
            report.put(k + ".meanWaitCi95HalfWidthS", s.waitCi95HalfWidthS());
            report.put(k + ".closedFormMeanWaitS", m.closedFormMeanWaitS());
            report.put(k + ".meanWaiting", s.meanWaiting());
            report.put(k + ".closedFormMeanWaiting", m.closedFormMeanQueueLength());
            rows.add(List.of(k, m.service().kendall(), fmt(m.utilisation()), Long.toString(s.customers()),
                    fmt(s.meanWaitS()) + " ± " + fmt(s.waitCi95HalfWidthS()), fmt(m.closedFormMeanWaitS()),
                    fmt(s.meanWaiting()), fmt(m.closedFormMeanQueueLength())));
        }
        report.addTable(new ReportTable("Measured vs Pollaczek–Khinchine (after a warm-up of " + warmupNs / 1e9 + " s)",
                List.of("queue", "model", "load ρ", "customers", "mean wait W_q [s] (95 % CI)", "closed form W_q [s]",
                        "mean waiting L_q", "closed form L_q"),
                rows));
        report.addFigure(queueLengthFigure());
        report.addFigure(waitCdfFigure());
        report.addNote("Closed forms: W_q = λE[S²]/(2(1−ρ)), L_q = λW_q (Pollaczek–Khinchine). The confidence "
                + "interval is from " + QueueStatistics.BATCHES + " batch means.");
    }

    private Figure queueLengthFigure() {
        List<Series> series = new ArrayList<>();
        for (Map.Entry<String, List<double[]>> e : lengthSeries.entrySet()) {
            List<double[]> pts = e.getValue();
            int step = Math.max(1, pts.size() / MAX_POINTS);
            int n = pts.size() / step;
            double[] x = new double[n];
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = pts.get(i * step)[0];
                y[i] = pts.get(i * step)[1];
            }
            series.add(new Series(e.getKey(), x, y));
        }
        return new Figure("queue-length", "Customers in system over time", "time [s]", "customers in system",
                Figure.Kind.STEP, series);
    }

    private Figure waitCdfFigure() {
        List<Series> series = new ArrayList<>();
        double maxW = 0;
        for (QueueStatistics s : stats.values()) {
            double[] w = s.sortedWaitsS();
            if (w.length == 0) {
                continue;
            }
            int step = Math.max(1, w.length / MAX_POINTS);
            int n = w.length / step;
            double[] x = new double[n];
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = w[i * step];
                y[i] = (i * step + 1) / (double) w.length;
            }
            maxW = Math.max(maxW, w[w.length - 1]);
            series.add(new Series(s.model().name() + " measured", x, y));
            if (s.model().service() == ServiceTimeDistribution.EXPONENTIAL) {
                series.add(analyticMm1(s.model(), maxW));
            }
        }
        return new Figure("queue-wait-cdf", "Waiting time distribution", "wait in queue [s]", "P(W_q ≤ w)",
                Figure.Kind.LINE, series);
    }

    private static Series analyticMm1(QueueModel m, double maxW) {
        int n = 200;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = maxW * i / (n - 1);
            y[i] = PollaczekKhinchine.mm1WaitCdf(m.arrivalRatePerS(), m.serviceRatePerS(), x[i]);
        }
        return new Series(m.name() + " closed form", x, y);
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }
}
