package carma.experiments.carmnet;

import carma.runtime.RunResult;

/**
 * A flow's figures as a mesh run reports them ({@code mesh.flow.NAME.*} over the whole run,
 * {@code mesh.flow.NAME.steady.*} over the scenario's steady-state window); NaN where the run had
 * no value (no packet received).
 */
record FlowStats(double sent, double received, double lossFraction, double meanDelayMs, double p95DelayMs,
        double maxDelayMs) {

    static FlowStats whole(RunResult r, String flow) {
        return of(r, "mesh.flow." + flow + ".");
    }

    static FlowStats steady(RunResult r, String flow) {
        return of(r, "mesh.flow." + flow + ".steady.");
    }

    private static FlowStats of(RunResult r, String key) {
        return new FlowStats(MeshRun.figure(r, key + "sent"), MeshRun.figure(r, key + "received"),
                MeshRun.figure(r, key + "lossFraction"), MeshRun.figure(r, key + "meanDelayMs"),
                MeshRun.figure(r, key + "p95DelayMs"), MeshRun.figure(r, key + "maxDelayMs"));
    }
}
