package carma.mesh.emulation;

import carma.kernel.time.SimTime;
import carma.kernel.trace.TraceBus;
import carma.mesh.danum.AdmissionState;
import carma.mesh.danum.FlowState;
import carma.mesh.measure.DanumFlowSample;
import carma.mesh.measure.FlowMeter;
import carma.mesh.measure.FlowSummary;
import carma.mesh.net.MeshConfig;
import carma.mesh.link.PathCapacity;
import java.util.ArrayList;
import java.util.List;

/**
 * Soft admission (issue 5, experiment 4; danum.md section 8 scenario 2): five G.711 calls start two
 * seconds apart from n0 to n3 over a 3-hop 802.11b chain at 2 Mbit/s in one collision domain, a
 * path whose airtime fits three calls but not four ({@link PathCapacity}). Under DANUM the later
 * calls should be refused or degraded while the first three keep full quality; FIFO degrades all.
 */
public final class SoftAdmissionCase {
    /** Outcome per call: state at the end and quality in the steady window. */
    public record Call(String name, String admission, FlowSummary steady, FlowSummary whole) {}

    public record Outcome(MeshEmulation.Result run, List<Call> calls, List<DanumFlowSample> samples, double callsThatFit,
            long steadyFromNs, long endNs, MeshEmulation emulation) {}

    public static final int CALLS = 5;
    public static final long RATE_BPS = 2_000_000L;

    private SoftAdmissionCase() {}

    public static Outcome run(long seed, SchedulerKind scheduler, long endNs, TraceBus bus) {
        MeshEmulation.Setup s = MeshEmulation.Setup.defaults(seed, endNs, scheduler)
                .withConfig(MeshConfig.defaults().withRadio(Topologies.ieee80211b(RATE_BPS, -92)));
        TraceCollector<DanumFlowSample> samples = new TraceCollector<>(bus, DanumFlowSample.class);
        MeshEmulation emu = new MeshEmulation(s, Topologies.chain(4, 60), bus);
        Flows f = new Flows(emu);
        List<FlowMeter> meters = new ArrayList<>();
        for (int c = 0; c < CALLS; c++) {
            meters.add(f.voip("call" + c, "n0", "n3", "n0", SimTime.NANOS_PER_SECOND * (1 + 2L * c), endNs));
        }
        MeshEmulation.Result r = emu.run();
        long steadyFrom = endNs / 2;
        List<Call> calls = new ArrayList<>();
        for (int c = 0; c < CALLS; c++) {
            FlowMeter m = meters.get(c);
            String state = scheduler == SchedulerKind.DANUM ? admission(emu, m.name()) : "n/a";
            calls.add(new Call(m.name(), state, m.window(steadyFrom, endNs - SimTime.NANOS_PER_SECOND), m.summary()));
        }
        double fit = PathCapacity.voipCallsThatFit(s.config().radio(), 3, 200, 50);
        return new Outcome(r, calls, samples.records(), fit, steadyFrom, endNs, emu);
    }

    private static String admission(MeshEmulation emu, String flow) {
        for (FlowState st : emu.danum().orElseThrow().flowStates()) {
            if (st.spec().name().equals(flow)) {
                return st.admission().name();
            }
        }
        return AdmissionState.ADMITTED.name();
    }
}
