package carma.experiments.carmnet;

import static carma.experiments.carmnet.Stats.f;

import carma.kernel.report.Figure;
import carma.kernel.report.ReportTable;
import carma.kernel.report.Series;
import carma.mesh.emulation.SchedulerKind;
import carma.runtime.RunResult;
import carma.runtime.experiment.Experiment;
import carma.runtime.experiment.ExperimentContext;
import carma.runtime.experiment.ExperimentReport;
import carma.runtime.experiment.PropertyCheck;
import carma.scenario.ScenarioOverride;
import carma.scenario.yaml.SpecWord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Seed 000 section I and danum.md section 8 scenario 1: a G.711 call and a bulk TCP (FTP) download
 * share a 3-hop 802.11b chain (one collision domain, rates from SNR); DANUM against FIFO (a
 * 200-packet drop-tail queue per node) with the same routes, plus an FTP-only run as the capacity
 * reference. Every run is {@code examples/mesh/danum-vs-fifo.yaml} with overrides.
 */
public final class DanumVsFifoExperiment implements Experiment {
    public static final String NAME = "danum-vs-fifo";
    /** The set-up, shared with the example. */
    static final String SCENARIO = "danum-vs-fifo.yaml";
    private static final long SECOND = 1_000_000_000L;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String title() {
        return "DANUM vs FIFO: VoIP beside an FTP download on a 3-hop path";
    }

    @Override
    public String source() {
        return "CARMNET Lugano paper (seed 000) section I; DANUM papers S1/S2 via danum.md section 8 scenario 1";
    }

    record One(FlowStats voip, double ftpGoodputBps, boolean books) {}

    @Override
    public ExperimentReport run(ExperimentContext ctx) {
        long end = (ctx.quick() ? 30 : 90) * SECOND;
        int seeds = ctx.quick() ? 1 : 5;
        double[] dP95 = new double[seeds];
        double[] dLoss = new double[seeds];
        double[] fP95 = new double[seeds];
        double[] dFtp = new double[seeds];
        double[] fFtp = new double[seeds];
        double[] alone = new double[seeds];
        boolean books = true;
        List<List<String>> rows = new ArrayList<>();
        List<Figure> figures = new ArrayList<>();
        for (int s = 0; s < seeds; s++) {
            long seed = ctx.seed() + s;
            One danum = run(ctx, SchedulerKind.DANUM, seed, end, true);
            One fifo = run(ctx, SchedulerKind.FIFO, seed, end, true);
            One ftpOnly = run(ctx, SchedulerKind.FIFO, seed, end, false);
            books &= danum.books() && fifo.books() && ftpOnly.books();
            dP95[s] = danum.voip().p95DelayMs();
            dLoss[s] = 100 * danum.voip().lossFraction();
            fP95[s] = fifo.voip().p95DelayMs();
            dFtp[s] = danum.ftpGoodputBps() / 1e6;
            fFtp[s] = fifo.ftpGoodputBps() / 1e6;
            alone[s] = ftpOnly.ftpGoodputBps() / 1e6;
            rows.add(List.of(String.valueOf(seed), f("%.1f / %.1f", danum.voip().meanDelayMs(), dP95[s]),
                    f("%.2f", dLoss[s]), f("%.1f / %.1f", fifo.voip().meanDelayMs(), fP95[s]),
                    f("%.2f", 100 * fifo.voip().lossFraction()), f("%.3f", dFtp[s]), f("%.3f", fFtp[s]),
                    f("%.3f", alone[s])));
        }
        figures.add(delayFigure());
        List<PropertyCheck> checks = new ArrayList<>();
        checks.add(new PropertyCheck("danum-voip-delay", "DANUM: VoIP one-way delay (95th percentile) below 150 ms",
                "< 150 ms (ITU-T G.114)", Stats.spread(dP95, "%.1f") + " ms", "every seed", Stats.max(dP95) < 150));
        checks.add(new PropertyCheck("danum-voip-loss", "DANUM: VoIP loss under 1 %", "< 1 %",
                Stats.spread(dLoss, "%.2f") + " %", "every seed", Stats.max(dLoss) < 1));
        double[] share = new double[seeds];
        for (int i = 0; i < seeds; i++) {
            share[i] = dFtp[i] / (alone[i] - 0.08);
        }
        checks.add(new PropertyCheck("danum-ftp-keeps-capacity",
                "DANUM: FTP keeps most of the capacity the call leaves (FTP-alone goodput minus 80 kbit/s)",
                "most of the remaining capacity", Stats.spread(share, "%.2f"), ">= 0.7 every seed", Stats.min(share) >= 0.7));
        checks.add(new PropertyCheck("fifo-voip-delay", "FIFO: the FTP queue drives VoIP delay to hundreds of ms",
                "hundreds of ms", Stats.spread(fP95, "%.1f") + " ms (p95)", "p95 >= 150 ms every seed",
                Stats.min(fP95) >= 150));
        checks.add(new PropertyCheck("denarii-conserved", "ledger conservation in every run", "conservation",
                books ? "consistent" : "INCONSISTENT", "exact", books));
        Map<String, Object> fom = new LinkedHashMap<>();
        fom.put("danumVoipP95Ms", Stats.mean(dP95));
        fom.put("fifoVoipP95Ms", Stats.mean(fP95));
        fom.put("danumFtpMbps", Stats.mean(dFtp));
        fom.put("fifoFtpMbps", Stats.mean(fFtp));
        fom.put("ftpAloneMbps", Stats.mean(alone));
        ReportTable t = new ReportTable("Per seed", List.of("seed", "DANUM VoIP mean/p95 [ms]", "DANUM VoIP loss [%]",
                "FIFO VoIP mean/p95 [ms]", "FIFO VoIP loss [%]", "DANUM FTP [Mbit/s]", "FIFO FTP [Mbit/s]",
                "FTP alone [Mbit/s]"), rows);
        return new ExperimentReport(NAME, checks, figures, List.of(t), fom);
    }

    private final List<double[]> delays = new ArrayList<>();

    /** The FTP download alone: the scenario's flows without the call. */
    static final String FTP_ONLY = "[{name: ftp, type: tcp, trafficClass: ftp, from: n0, to: n3, startS: 1}]";

    private One run(ExperimentContext ctx, SchedulerKind k, long seed, long end, boolean withVoip) {
        String tag = (withVoip ? k.name().toLowerCase() : "ftp-alone") + "-seed-" + seed;
        List<ScenarioOverride> o = new ArrayList<>(List.of(MeshRun.set("seed", seed),
                MeshRun.set("durationS", MeshRun.seconds(end)), MeshRun.set("mesh.steadyState",
                        "{fromS: 5, toS: " + MeshRun.seconds(end - SECOND) + "}"), MeshRun.set("mesh.scheduler", SpecWord.of(k))));
        if (!withVoip) {
            o.add(MeshRun.set("mesh.flows", FTP_ONLY));
        }
        RunResult r = MeshRun.prepare(SCENARIO, ctx.outDir().resolve(tag), o).execute();
        FlowStats v = withVoip ? FlowStats.steady(r, "voip") : null;
        if (v != null && delays.size() < 2) {
            delays.add(new double[] {v.meanDelayMs(), v.p95DelayMs(), v.maxDelayMs()});
        }
        ctx.progress().printf("  %s done%n", tag);
        return new One(v, MeshRun.figure(r, "mesh.flow.ftp.goodputBps"), MeshRun.books(r));
    }

    private Figure delayFigure() {
        List<Series> s = new ArrayList<>();
        String[] names = {"DANUM", "FIFO"};
        for (int i = 0; i < delays.size(); i++) {
            s.add(new Series(names[i], new double[] {0, 1, 2}, delays.get(i)));
        }
        return new Figure("voip-delay", "VoIP one-way delay, first seed (0 = mean, 1 = p95, 2 = max)", "statistic",
                "delay [ms]", Figure.Kind.BAR, s);
    }
}
