package carma.experiments.carmnet;

import static carma.experiments.carmnet.Stats.f;

import carma.kernel.report.Figure;
import carma.kernel.report.ReportTable;
import carma.kernel.report.Series;
import carma.mesh.emulation.RoutingKind;
import carma.mesh.emulation.SchedulerKind;
import carma.mesh.emulation.SeamlessHandover;
import carma.mesh.measure.FlowSample;
import carma.mesh.measure.HandoverMeasured;
import carma.runtime.experiment.Experiment;
import carma.runtime.experiment.ExperimentContext;
import carma.runtime.experiment.ExperimentReport;
import carma.runtime.experiment.PropertyCheck;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Seed 000 sections VII-B and VIII, Fig. 8: a TCP download survives two gateway changes via the relay. */
public final class SeamlessHandoverExperiment implements Experiment {
    public static final String NAME = "carmnet-seamless-handover";
    static final double PAPER_HANDOVER_S = 3.78;
    static final double PAPER_GOODPUT_MBPS = 1.01;
    static final double PAPER_LOSS_PERCENT = 0.21;
    /** The server's application rate: below the mesh path's capacity, so the path is not the bottleneck. */
    static final long SERVER_RATE_BPS = 2_000_000L;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String title() {
        return "CARMNET seamless handover: TCP across public WiFi #1 -> mesh -> #2 with the CNAPT/SNAPT relay";
    }

    @Override
    public String source() {
        return "CARMNET Lugano field trial (seed 000), sections VII-B and VIII, Fig. 8";
    }

    @Override
    public ExperimentReport run(ExperimentContext ctx) {
        double speed = ctx.quick() ? 4.0 : 1.4;
        int seeds = ctx.quick() ? 2 : 5;
        List<RoutingKind> kinds = ctx.quick() ? List.of(RoutingKind.OLSR) : List.of(RoutingKind.OLSR, RoutingKind.ETX_ORACLE);
        Map<RoutingKind, List<Double>> latencyByKind = new LinkedHashMap<>();
        Map<RoutingKind, double[]> lossByKind = new LinkedHashMap<>();
        Map<RoutingKind, double[]> goodputByKind = new LinkedHashMap<>();
        boolean survives = true;
        boolean plainBreaks = true;
        boolean gaps = true;
        boolean bursts = true;
        boolean books = true;
        List<List<String>> rows = new ArrayList<>();
        List<Figure> figures = new ArrayList<>();
        for (RoutingKind kind : kinds) {
          List<Double> latencies = new ArrayList<>();
          double[] loss = new double[seeds];
          double[] goodput = new double[seeds];
          latencyByKind.put(kind, latencies);
          lossByKind.put(kind, loss);
          goodputByKind.put(kind, goodput);
          for (int s = 0; s < seeds; s++) {
            long seed = ctx.seed() + s;
            String tag = kind.name().toLowerCase();
            SeamlessHandover.Outcome o = run(ctx, speed, true, seed, tag + "-relay", kind);
            SeamlessHandover.Outcome plain = run(ctx, speed, false, seed, tag + "-plain", kind);
            survives &= o.brokenAtNs() < 0;
            plainBreaks &= plain.brokenAtNs() > 0;
            books &= o.run().audit().consistent() && plain.run().audit().consistent();
            o.handovers().forEach(h -> latencies.add(h.latencyMs() / 1000));
            loss[s] = 100 * o.flow().lossFraction();
            goodput[s] = o.flow().goodputBps() / 1e6;
            double median = median(o.samples());
            HandoverMeasured main = o.handovers().stream()
                    .max(java.util.Comparator.comparingDouble(HandoverMeasured::latencyMs)).orElse(null);
            if (main == null) {
                gaps = false;
                bursts = false;
            } else {
                long t = main.timeNs();
                gaps &= window(o.samples(), t - 3_000_000_000L, t + 1_000_000_000L, true) < 0.5 * median;
                bursts &= window(o.samples(), t, t + 5_000_000_000L, false) > median;
            }
            rows.add(List.of(kind.name(), String.valueOf(seed), String.valueOf(o.handovers().size()),
                    o.handovers().stream().map(h -> f("%.2f", h.latencyMs() / 1000)).reduce((a, b) -> a + ", " + b).orElse("-"),
                    f("%.2f", goodput[s]), f("%.3f", loss[s]), o.brokenAtNs() < 0 ? "never" : f("%.0f s", o.brokenAtNs() / 1e9),
                    plain.brokenAtNs() < 0 ? "never" : f("%.0f s", plain.brokenAtNs() / 1e9)));
            if (s == 0) {
                figures.add(throughputFigure(o, plain, kind));
            }
          }
        }
        RoutingKind main = kinds.get(0);
        double[] lat = latencyByKind.get(main).stream().mapToDouble(Double::doubleValue).toArray();
        double[] loss = lossByKind.values().stream().flatMapToDouble(java.util.Arrays::stream).toArray();
        double[] goodput = goodputByKind.get(main);
        List<PropertyCheck> checks = new ArrayList<>();
        checks.add(new PropertyCheck("session-never-broken", "with the relay the TCP session survives every gateway change",
                "never broken", survives ? "never broken, all seeds" : "BROKEN", "no 10-s outage to the end", survives));
        checks.add(new PropertyCheck("plain-tcp-breaks", "without the relay the same walk breaks the session (NAT change)",
                "(motivation of WiOptiMo)", plainBreaks ? "broken at the first switch, all seeds" : "not broken",
                "outage to the end", plainBreaks));
        checks.add(new PropertyCheck("gap-at-switch", "throughput shows a gap at the (longest) switch",
                "gap around 103 s", gaps ? "1-s goodput < 50 % of median, every seed" : "no gap in some seed",
                "min in [-3 s, +1 s] < 0.5 x median", gaps));
        checks.add(new PropertyCheck("burst-after-switch", "a brief burst follows from packets queued during the switch",
                "burst around 105 s", bursts ? "1-s goodput > median after it, every seed" : "no burst in some seed",
                "max in [0, +5 s] > median", bursts));
        checks.add(new PropertyCheck("loss-low", "packet loss (retransmission ratio) stays low",
                f("%.2f %%", PAPER_LOSS_PERCENT), Stats.spread(loss, "%.3f") + " %", "< 1 % every seed",
                Stats.max(loss) < 1.0));
        checks.add(new PropertyCheck("denarii-conserved", "ledger conservation in every run", "conservation",
                books ? "consistent" : "INCONSISTENT", "exact", books));
        Map<String, Object> fom = new LinkedHashMap<>();
        fom.put("routing", main.name());
        fom.put("handoverMeanS", Stats.mean(lat));
        fom.put("handoverMaxS", Stats.max(lat));
        fom.put("goodputMeanMbps", Stats.mean(goodput));
        fom.put("lossMeanPercent", Stats.mean(loss));
        List<List<String>> cmp = new ArrayList<>();
        for (RoutingKind k : kinds) {
            double[] l = latencyByKind.get(k).stream().mapToDouble(Double::doubleValue).toArray();
            cmp.add(List.of("handover time [s], " + k, f("%.2f", PAPER_HANDOVER_S), Stats.spread(l, "%.2f")));
            cmp.add(List.of("goodput [Mbit/s], " + k, f("%.2f", PAPER_GOODPUT_MBPS), Stats.spread(goodputByKind.get(k), "%.2f")));
            cmp.add(List.of("packet loss [%], " + k, f("%.2f", PAPER_LOSS_PERCENT), Stats.spread(lossByKind.get(k), "%.3f")));
        }
        ReportTable compare = new ReportTable("Ours next to the paper (see README for why they differ)",
                List.of("figure", "paper (Lugano)", "carma (mean ± sd (min–max, n))"), cmp);
        ReportTable perSeed = new ReportTable("Per seed", List.of("routing", "seed", "handovers", "latencies [s]",
                "goodput [Mbit/s]", "loss [%]", "relay: broken", "plain TCP: broken"), rows);
        return new ExperimentReport(NAME, checks, figures, List.of(compare, perSeed), fom);
    }

    private static SeamlessHandover.Outcome run(ExperimentContext ctx, double speed, boolean relay, long seed, String tag,
            RoutingKind kind) {
        try (RunFolder out = new RunFolder(ctx.outDir().resolve(tag + "-seed-" + seed))) {
            SeamlessHandover.Outcome o = SeamlessHandover.run(new SeamlessHandover.Params(speed, relay, 1_000_000_000L, seed,
                    SchedulerKind.DANUM, SERVER_RATE_BPS, kind), out.bus());
            ctx.progress().printf("  %s seed %d: %d handovers, broken=%s%n", tag, seed, o.handovers().size(),
                    o.brokenAtNs() < 0 ? "never" : o.brokenAtNs() / 1e9 + " s");
            return o;
        }
    }

    private static double median(List<FlowSample> s) {
        double[] g = s.stream().mapToDouble(FlowSample::goodputBps).filter(x -> x > 0).sorted().toArray();
        return g.length == 0 ? 0 : g[g.length / 2];
    }

    private static double window(List<FlowSample> s, long from, long to, boolean min) {
        double[] g = s.stream().filter(x -> x.timeNs() > from && x.timeNs() <= to).mapToDouble(FlowSample::goodputBps)
                .toArray();
        if (g.length == 0) {
            return min ? Double.POSITIVE_INFINITY : 0;
        }
        return min ? Arrays.stream(g).min().orElseThrow() : Arrays.stream(g).max().orElseThrow();
    }

    private static Figure throughputFigure(SeamlessHandover.Outcome relay, SeamlessHandover.Outcome plain,
            RoutingKind kind) {
        List<Series> series = new ArrayList<>();
        series.add(goodput("with relay (CNAPT/SNAPT)", relay.samples()));
        series.add(goodput("plain TCP", plain.samples()));
        return new Figure("tcp-goodput-" + kind.name().toLowerCase().replace('_', '-'),
                "TCP goodput of the mobile node, " + kind + " routing (cf. seed Fig. 8)", "time [s]",
                "goodput [Mbit/s]", Figure.Kind.LINE, series);
    }

    private static Series goodput(String name, List<FlowSample> s) {
        return new Series(name, s.stream().mapToDouble(x -> x.timeNs() * 1e-9).toArray(),
                s.stream().mapToDouble(x -> x.goodputBps() / 1e6).toArray());
    }
}
