package carma.experiments.carmnet;

import static carma.experiments.carmnet.Stats.f;

import carma.kernel.report.Figure;
import carma.kernel.report.ReportTable;
import carma.kernel.report.Series;
import carma.kernel.time.SimTime;
import carma.mesh.emulation.RoutingKind;
import carma.mesh.emulation.TraceCollector;
import carma.mesh.measure.FlowSample;
import carma.mesh.measure.HandoverMeasured;
import carma.runtime.RunResult;
import carma.runtime.experiment.Experiment;
import carma.runtime.experiment.ExperimentContext;
import carma.runtime.experiment.ExperimentReport;
import carma.runtime.experiment.PropertyCheck;
import carma.scenario.yaml.SpecWord;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Seed 000 sections VII-B and VIII, Fig. 8: a TCP download survives two gateway changes via the
 * relay. Every run is {@code examples/mesh/seamless-handover.yaml} with overrides: seed, relay on or
 * off, routing, and for the quick tier a faster walk (the mobile's arrival and durationS).
 */
public final class SeamlessHandoverExperiment implements Experiment {
    public static final String NAME = "carmnet-seamless-handover";
    static final String SCENARIO = "seamless-handover.yaml";
    private static final long SECOND = 1_000_000_000L;
    /** The mobile starts walking at 10 s from x = 10 m to x = 250 m; the run ends 10 s after it arrives. */
    static final long WALK_START_NS = 10 * SECOND;
    static final double WALK_M = 250 - 10;
    static final long AFTER_WALK_NS = 10 * SECOND;

    /** What the evaluation needs of one run (the TCP flow is called {@code tcp} in the scenario). */
    record Outcome(double lossFraction, double goodputBps, List<FlowSample> samples, List<HandoverMeasured> handovers,
            long brokenAtNs, boolean books) {}
    static final double PAPER_HANDOVER_S = 3.78;
    static final double PAPER_GOODPUT_MBPS = 1.01;
    static final double PAPER_LOSS_PERCENT = 0.21;

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
            Outcome o = run(ctx, speed, true, seed, tag + "-relay", kind);
            Outcome plain = run(ctx, speed, false, seed, tag + "-plain", kind);
            survives &= o.brokenAtNs() < 0;
            plainBreaks &= plain.brokenAtNs() > 0;
            books &= o.books() && plain.books();
            o.handovers().forEach(h -> latencies.add(h.latencyMs() / 1000));
            loss[s] = 100 * o.lossFraction();
            goodput[s] = o.goodputBps() / 1e6;
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

    private static Outcome run(ExperimentContext ctx, double speed, boolean relay, long seed, String tag,
            RoutingKind kind) {
        long walkEnd = WALK_START_NS + SimTime.nanosOfSeconds(WALK_M / speed);
        long end = walkEnd + AFTER_WALK_NS;
        MeshRun run = MeshRun.prepare(SCENARIO, ctx.outDir().resolve(tag + "-seed-" + seed), List.of(
                MeshRun.set("seed", seed), MeshRun.set("durationS", MeshRun.seconds(end)),
                MeshRun.set("mesh.nodes[mobile].path[1].atS", MeshRun.seconds(walkEnd)),
                MeshRun.set("mesh.routing", SpecWord.of(kind)), MeshRun.set("mesh.flows[tcp].relay", relay)));
        TraceCollector<FlowSample> samples = run.collect(FlowSample.class);
        TraceCollector<HandoverMeasured> handovers = run.collect(HandoverMeasured.class);
        RunResult r = run.execute();
        List<FlowSample> tcp = samples.records().stream().filter(x -> x.flow().equals("tcp")).toList();
        Outcome o = new Outcome(MeshRun.figure(r, "mesh.flow.tcp.lossFraction"),
                MeshRun.figure(r, "mesh.flow.tcp.goodputBps"), tcp, handovers.records(), brokenAt(tcp, end),
                MeshRun.books(r));
        ctx.progress().printf("  %s seed %d: %d handovers, broken=%s%n", tag, seed, o.handovers().size(),
                o.brokenAtNs() < 0 ? "never" : o.brokenAtNs() / 1e9 + " s");
        return o;
    }

    /** Start of the first run of at least 10 s without goodput that lasts to the end, or -1. */
    static long brokenAt(List<FlowSample> s, long endNs) {
        long lastGood = -1;
        for (FlowSample x : s) {
            if (x.goodputBps() > 0) {
                lastGood = x.timeNs();
            }
        }
        return lastGood >= 0 && endNs - lastGood >= 10 * SECOND ? lastGood : -1;
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

    private static Figure throughputFigure(Outcome relay, Outcome plain,
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
