package carma.experiments.carmnet;

import static carma.experiments.carmnet.Stats.f;

import carma.kernel.report.Figure;
import carma.kernel.report.ReportTable;
import carma.kernel.report.Series;
import carma.mesh.danum.AdmissionState;
import carma.mesh.emulation.SchedulerKind;
import carma.mesh.emulation.TraceCollector;
import carma.mesh.link.PathCapacity;
import carma.mesh.measure.DanumFlowSample;
import carma.runtime.RunResult;
import carma.runtime.experiment.Experiment;
import carma.runtime.experiment.ExperimentContext;
import carma.runtime.experiment.ExperimentReport;
import carma.runtime.experiment.PropertyCheck;
import carma.scenario.MeshSection;
import carma.scenario.ScenarioSpec;
import carma.scenario.mesh.MeshAssembler;
import carma.scenario.yaml.SpecWord;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * danum.md section 8 scenario 2 (DANUM's soft admission, S2): five calls on a path that fits three.
 * Every run is {@code examples/mesh/danum-soft-admission.yaml} with overrides (seed, durationS,
 * steady state = the second half of the run without its last second, scheduler).
 */
public final class SoftAdmissionExperiment implements Experiment {
    public static final String NAME = "danum-soft-admission";
    static final String SCENARIO = "danum-soft-admission.yaml";
    private static final long SECOND = 1_000_000_000L;

    /** Outcome per call: admission state at the end (DANUM; "n/a" under FIFO) and steady-state quality. */
    record Call(String name, String admission, FlowStats steady) {}

    record Outcome(List<Call> calls, double callsThatFit, boolean books) {}

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String title() {
        return "DANUM soft admission: five VoIP calls on a 3-hop path that fits three";
    }

    @Override
    public String source() {
        return "DANUM (Szwabe et al., ICFIT 2010, 'soft admission') via danum.md section 8 scenario 2";
    }

    @Override
    public ExperimentReport run(ExperimentContext ctx) {
        long end = (ctx.quick() ? 40 : 120) * 1_000_000_000L;
        int seeds = ctx.quick() ? 1 : 5;
        boolean threeWhole = true;
        boolean twoCut = true;
        boolean fifoAllDegraded = true;
        boolean books = true;
        double fit = 0;
        List<List<String>> rows = new ArrayList<>();
        List<Figure> figures = new ArrayList<>();
        for (int s = 0; s < seeds; s++) {
            long seed = ctx.seed() + s;
            Outcome d = run(ctx, SchedulerKind.DANUM, seed, end);
            Outcome q = run(ctx, SchedulerKind.FIFO, seed, end);
            fit = d.callsThatFit();
            long whole = d.calls().stream().filter(SoftAdmissionExperiment::fullQuality).count();
            long cut = d.calls().stream().filter(c -> !c.admission().equals("ADMITTED")).count();
            long fifoWhole = q.calls().stream().filter(SoftAdmissionExperiment::fullQuality).count();
            threeWhole &= whole == 3;
            twoCut &= cut == 2;
            fifoAllDegraded &= fifoWhole <= 1;
            books &= d.books() && q.books();
            for (int c = 0; c < d.calls().size(); c++) {
                Call dc = d.calls().get(c);
                Call fc = q.calls().get(c);
                rows.add(List.of(String.valueOf(seed), dc.name(), dc.admission(),
                        f("%.2f", 100 * dc.steady().lossFraction()), f("%.1f", dc.steady().p95DelayMs()),
                        f("%.2f", 100 * fc.steady().lossFraction()), f("%.1f", fc.steady().p95DelayMs())));
            }
            if (s == 0) {
                figures.add(lossFigure(d, q));
            }
        }
        List<PropertyCheck> checks = new ArrayList<>();
        checks.add(new PropertyCheck("path-fits-three", "the path's airtime fits three calls but not four",
                "fits 3", f("%.2f calls", fit), "3 <= fit < 4 (airtime arithmetic)", fit >= 3 && fit < 4));
        checks.add(new PropertyCheck("three-keep-quality", "DANUM: three calls keep full quality in steady state",
                "3 full quality", threeWhole ? "3 in every seed" : "not 3", "loss < 1 % and p95 < 150 ms", threeWhole));
        checks.add(new PropertyCheck("two-degraded-or-refused", "DANUM: the other two are degraded or refused",
                "2 degraded/refused", twoCut ? "2 in every seed" : "not 2", "admission state != ADMITTED", twoCut));
        checks.add(new PropertyCheck("fifo-degrades-all", "FIFO (no admission): the overload degrades the calls alike",
                "all degraded", fifoAllDegraded ? "at most 1 call whole, every seed" : "several calls whole",
                "<= 1 call with loss < 1 % and p95 < 150 ms", fifoAllDegraded));
        checks.add(new PropertyCheck("denarii-conserved", "ledger conservation in every run", "conservation",
                books ? "consistent" : "INCONSISTENT", "exact", books));
        Map<String, Object> fom = new LinkedHashMap<>();
        fom.put("callsThatFit", fit);
        ReportTable t = new ReportTable("Per call, steady state (second half of the run)", List.of("seed", "call",
                "DANUM admission", "DANUM loss [%]", "DANUM p95 [ms]", "FIFO loss [%]", "FIFO p95 [ms]"), rows);
        return new ExperimentReport(NAME, checks, figures, List.of(t), fom);
    }

    static boolean fullQuality(Call c) {
        return c.steady().sent() > 0 && c.steady().lossFraction() < 0.01 && c.steady().p95DelayMs() < 150;
    }

    private static Outcome run(ExperimentContext ctx, SchedulerKind k, long seed, long end) {
        MeshRun run = MeshRun.prepare(SCENARIO, ctx.outDir().resolve(k.name().toLowerCase() + "-seed-" + seed),
                List.of(MeshRun.set("seed", seed), MeshRun.set("durationS", MeshRun.seconds(end)),
                        MeshRun.set("mesh.steadyState", "{fromS: " + MeshRun.seconds(end / 2) + ", toS: "
                                + MeshRun.seconds(end - SECOND) + "}"),
                        MeshRun.set("mesh.scheduler", SpecWord.of(k))));
        TraceCollector<DanumFlowSample> danum = run.collect(DanumFlowSample.class);
        MeshSection mesh = mesh(run.spec());
        RunResult r = run.execute();
        List<Call> calls = new ArrayList<>();
        for (MeshSection.Flow f : mesh.flows()) {
            String state = k == SchedulerKind.DANUM ? lastAdmission(danum.records(), f.name()) : "n/a";
            calls.add(new Call(f.name(), state, FlowStats.steady(r, f.name())));
        }
        double fit = PathCapacity.voipCallsThatFit(MeshAssembler.radio(mesh.radio()), 3, 200, 50);
        return new Outcome(calls, fit, MeshRun.books(r));
    }

    private static MeshSection mesh(ScenarioSpec spec) {
        return spec.models().stream().filter(MeshSection.class::isInstance).map(MeshSection.class::cast).findFirst()
                .orElseThrow();
    }

    /** The admission state DANUM last published for the flow. */
    private static String lastAdmission(List<DanumFlowSample> samples, String flow) {
        String state = AdmissionState.ADMITTED.name();
        for (DanumFlowSample s : samples) {
            if (s.flow().equals(flow)) {
                state = s.admission();
            }
        }
        return state;
    }

    private static Figure lossFigure(Outcome d, Outcome q) {
        return new Figure("call-loss", "Steady-state loss per call (first seed)", "call", "loss [%]", Figure.Kind.BAR,
                List.of(Series.indexed("DANUM", d.calls().stream().mapToDouble(c -> 100 * c.steady().lossFraction()).toArray()),
                        Series.indexed("FIFO", q.calls().stream().mapToDouble(c -> 100 * c.steady().lossFraction()).toArray())));
    }
}
