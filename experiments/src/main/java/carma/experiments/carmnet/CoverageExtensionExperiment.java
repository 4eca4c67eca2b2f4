package carma.experiments.carmnet;

import static carma.experiments.carmnet.Stats.f;

import carma.kernel.report.Figure;
import carma.kernel.time.SimTime;
import carma.kernel.report.ReportTable;
import carma.kernel.report.Series;
import carma.mesh.danum.Danum;
import carma.mesh.emulation.TraceCollector;
import carma.mesh.measure.BalanceSample;
import carma.mesh.measure.PingResult;
import carma.mesh.measure.RouteChange;
import carma.runtime.RunResult;
import carma.runtime.experiment.Experiment;
import carma.runtime.experiment.ExperimentContext;
import carma.runtime.experiment.ExperimentReport;
import carma.runtime.experiment.PropertyCheck;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Seed 000 section VII-A and Fig. 7: coverage extension through a sharing node, and who pays. Every
 * run is {@code examples/mesh/coverage-extension.yaml} with overrides: seed, and for the quick tier
 * a faster walk and a smaller file (the user's arrival, the download's start and size, durationS).
 */
public final class CoverageExtensionExperiment implements Experiment {
    public static final String NAME = "carmnet-coverage-extension";
    static final String SCENARIO = "coverage-extension.yaml";
    private static final long SECOND = 1_000_000_000L;
    /** The user starts walking at 5 s from x = 35 m to x = 190 m (the scenario's path). */
    static final long WALK_START_NS = 5 * SECOND;
    static final double WALK_M = 190 - 35;
    /** The user stands this long at the end of the path before the download; the run ends 120 s after it starts. */
    static final long DOWNLOAD_PAUSE_NS = 30 * SECOND;
    static final long AFTER_DOWNLOAD_START_NS = 120 * SECOND;

    /** What the evaluation needs of one run. */
    record Outcome(List<PingResult> pings, List<BalanceSample> balances, List<RouteChange> routeChanges,
            double downloadGoodputBps, long downloadStartNs, long downloadCompletedNs, boolean books) {}
    /** olsrd's NEIGHB_HOLD_TIME (20 s) plus one HELLO interval (2 s); pings are sent once a second. */
    static final double OUTAGE_LIMIT_S = 22;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String title() {
        return "CARMNET coverage extension: Internet through n2 -> n1 out of public WiFi range; Denarii of user, n1, n2";
    }

    @Override
    public String source() {
        return "CARMNET Lugano field trial (seed 000), section VII-A, section VIII and Fig. 7";
    }

    @Override
    public ExperimentReport run(ExperimentContext ctx) {
        double speed = ctx.quick() ? 1.5 : 1.0;
        long file = ctx.quick() ? 5_000_000L : 15_000_000L;
        int seeds = ctx.quick() ? 1 : 3;
        List<PropertyCheck> checks = new ArrayList<>();
        List<Figure> figures = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        Map<String, Object> fom = new LinkedHashMap<>();
        boolean connected = true;
        boolean viaN2 = true;
        boolean completed = true;
        boolean userFalls = true;
        boolean n1Most = true;
        boolean n2Small = true;
        boolean books = true;
        double worstAnswered = 1;
        double worstOutage = 0;
        double worstN2Share = 0;
        for (int s = 0; s < seeds; s++) {
            long seed = ctx.seed() + s;
            Outcome o = run(ctx.outDir().resolve("seed-" + seed), speed, file, seed);
            long switchNs = o.routeChanges().stream()
                    .filter(r -> r.node().equals("user") && r.nextHopAfter().equals("n2")).mapToLong(r -> r.timeNs())
                    .findFirst().orElse(Long.MAX_VALUE);
            // pings of the walk after the switch (during the download they also meet the TCP's queues)
            List<PingResult> far = o.pings().stream()
                    .filter(p -> p.timeNs() >= switchNs && p.timeNs() < o.downloadStartNs()).toList();
            List<PingResult> during = o.pings().stream().filter(p -> p.timeNs() >= o.downloadStartNs()).toList();
            double answered = far.isEmpty() ? 0 : far.stream().filter(PingResult::answered).count() / (double) far.size();
            worstAnswered = Math.min(worstAnswered, answered);
            connected &= !far.isEmpty() && answered >= 0.95;
            double outage = longestOutageS(o);
            worstOutage = Math.max(worstOutage, outage);
            viaN2 &= switchNs != Long.MAX_VALUE;
            completed &= o.downloadCompletedNs() > 0;
            double[] user = series(o.balances(), "user");
            double[] n1 = series(o.balances(), "n1");
            double[] n2 = series(o.balances(), "n2");
            double spent = user[0] - user[user.length - 1];
            double n1Gain = n1[n1.length - 1] - n1[0];
            double n2Gain = n2[n2.length - 1] - n2[0];
            userFalls &= spent > 0 && nonIncreasing(user);
            n1Most &= n1Gain > n2Gain && n1Gain > 0;
            double n2Share = spent > 0 ? Math.abs(n2Gain) / spent : 1;
            worstN2Share = Math.max(worstN2Share, n2Share);
            n2Small &= n2Share <= 0.10;
            books &= o.books();
            double goodput = o.downloadGoodputBps();
            rows.add(List.of(String.valueOf(seed), f("%d/%d", far.stream().filter(PingResult::answered).count(), far.size()),
                    f("%.0f", outage), f("%d/%d", during.stream().filter(PingResult::answered).count(), during.size()),
                    f("%.2f", (o.downloadCompletedNs() - o.downloadStartNs()) / 1e9), f("%.2f", goodput / 1e6),
                    f("%.3f", -spent), f("%.3f", n1Gain), f("%.3f", n2Gain), o.books() ? "yes" : "NO"));
            if (s == 0) {
                figures.add(balanceFigure(o));
                figures.add(pingFigure(o));
                fom.put("downloadGoodputMbps", goodput / 1e6);
                fom.put("userSpentDenarii", spent);
                fom.put("n1EarnedDenarii", n1Gain);
                fom.put("n2EarnedDenarii", n2Gain);
            }
        }
        fom.put("worstPingAnsweredOutOfRange", worstAnswered);
        checks.add(new PropertyCheck("connectivity-via-n2",
                "out of the public WiFi, once OLSR routes via n2, the Internet stays reachable", "kept (qualitative)",
                f("%.1f %% of pings answered from the switch to the download (worst seed)", 100 * worstAnswered),
                ">= 95 % of probes",
                connected));
        boolean shortOutage = worstOutage <= OUTAGE_LIMIT_S;
        checks.add(new PropertyCheck("switch-outage-bounded",
                "the outage while OLSR moves the route from n1 to n2 is bounded by its timers", "not reported",
                f("longest run of lost pings %.0f s (worst seed)", worstOutage),
                f("<= %.0f s = olsrd neighbour hold 20 s + HELLO 2 s", OUTAGE_LIMIT_S), shortOutage));
        checks.add(new PropertyCheck("route-via-n2", "OLSR/ETX default route of the user switches from n1 to n2",
                "changed to n2", viaN2 ? "next hop n2 in every seed" : "missing", "event must occur", viaN2));
        checks.add(new PropertyCheck("download-completes", "the file download at the end of the path completes",
                "15 MB downloaded with wget", completed ? f("%d MB completed", file / 1_000_000) : "incomplete",
                "completes", completed));
        checks.add(new PropertyCheck("user-pays", "the user's Denarii fall steadily (never rise between samples)",
                "constantly dropping", userFalls ? "monotone decrease" : "not monotone", "non-increasing, net loss",
                userFalls));
        checks.add(new PropertyCheck("n1-earns-most", "n1, sharing its Internet access, earns the most",
                "highest balance", n1Most ? "n1 gain > n2 gain > = 0" : "violated", "n1 gain > n2 gain", n1Most));
        checks.add(new PropertyCheck("n2-near-zero", "n2, forwarding only, stays near zero",
                "oscillating around 0", f("|n2 change| = %.1f %% of the user's spend (worst)", 100 * worstN2Share),
                "<= 10 % of the user's spend (ours never goes negative: a forwarder only earns)", n2Small));
        checks.add(new PropertyCheck("denarii-conserved", "ledger: every tx sums to 0, paid = earned + fees + refunds",
                "conservation", books ? "consistent" : "INCONSISTENT", "exact", books));
        ReportTable table = new ReportTable("Per seed", List.of("seed", "pings answered, switch to n2 -> download",
                "longest ping outage [s]", "pings answered during the download",
                "download time [s]", "download goodput [Mbit/s]", "user [D]", "n1 [D]", "n2 [D]", "books"), rows);
        return new ExperimentReport(NAME, checks, figures, List.of(table), fom);
    }

    /** The scenario with the walking speed and file size of a tier, run into {@code dir}. */
    static Outcome run(java.nio.file.Path dir, double speedMps, long fileBytes, long seed) {
        long walkEnd = WALK_START_NS + SimTime.nanosOfSeconds(WALK_M / speedMps);
        long downloadStart = walkEnd + DOWNLOAD_PAUSE_NS;
        long end = downloadStart + AFTER_DOWNLOAD_START_NS;
        MeshRun run = MeshRun.prepare(SCENARIO, dir, List.of(MeshRun.set("seed", seed),
                MeshRun.set("durationS", MeshRun.seconds(end)),
                MeshRun.set("mesh.nodes[user].path[1].atS", MeshRun.seconds(walkEnd)),
                MeshRun.set("mesh.flows[download].startS", MeshRun.seconds(downloadStart)),
                MeshRun.set("mesh.flows[download].sizeBytes", fileBytes)));
        TraceCollector<PingResult> pings = run.collect(PingResult.class);
        TraceCollector<BalanceSample> balances = run.collect(BalanceSample.class);
        TraceCollector<RouteChange> routes = run.collect(RouteChange.class);
        RunResult r = run.execute();
        double completedS = MeshRun.figure(r, "mesh.flow.download.completedS");
        return new Outcome(pings.records(), balances.records(), routes.records(),
                MeshRun.figure(r, "mesh.flow.download.goodputBps"), downloadStart,
                Double.isNaN(completedS) ? -1 : SimTime.nanosOfSeconds(completedS), MeshRun.books(r));
    }

    /** Longest run of consecutive unanswered pings after the user's first route appeared, seconds. */
    static double longestOutageS(Outcome o) {
        long first = o.routeChanges().stream().filter(r -> r.node().equals("user")).mapToLong(r -> r.timeNs())
                .findFirst().orElse(0L);
        List<PingResult> sorted = o.pings().stream().filter(p -> p.timeNs() >= first)
                .sorted(java.util.Comparator.comparingLong(PingResult::timeNs)).toList();
        double longest = 0;
        int run = 0;
        for (PingResult p : sorted) {
            run = p.answered() ? 0 : run + 1;
            longest = Math.max(longest, run);
        }
        return longest;
    }

    private static double[] series(List<BalanceSample> b, String account) {
        return b.stream().filter(x -> x.account().equals(account)).mapToDouble(x -> x.balanceMinor()
                / (double) Danum.MINOR_PER_DENARIUS).toArray();
    }

    private static boolean nonIncreasing(double[] x) {
        for (int i = 1; i < x.length; i++) {
            if (x[i] > x[i - 1]) {
                return false;
            }
        }
        return true;
    }

    private static Figure balanceFigure(Outcome o) {
        List<Series> series = new ArrayList<>();
        for (String a : List.of("user", "n1", "n2")) {
            List<BalanceSample> b = o.balances().stream().filter(x -> x.account().equals(a)).toList();
            double d0 = b.get(0).balanceMinor();
            series.add(new Series(a, b.stream().mapToDouble(x -> x.timeNs() * 1e-9).toArray(),
                    b.stream().mapToDouble(x -> (x.balanceMinor() - d0) / Danum.MINOR_PER_DENARIUS).toArray()));
        }
        return new Figure("denarii-balance", "Denarii balance change per node (cf. seed Fig. 7)", "time [s]",
                "balance - initial [Denarii]", Figure.Kind.LINE, series);
    }

    private static Figure pingFigure(Outcome o) {
        List<PingResult> ok = o.pings().stream().filter(PingResult::answered).toList();
        return new Figure("ping-rtt", "ICMP-echo round-trip time while walking", "time [s]", "RTT [ms]",
                Figure.Kind.SCATTER, List.of(new Series("answered", ok.stream().mapToDouble(p -> p.timeNs() * 1e-9).toArray(),
                        ok.stream().mapToDouble(PingResult::rttMs).toArray())));
    }
}
