package carma.scenario.mesh;

import carma.kernel.report.RunReport;
import carma.kernel.time.SimTime;
import carma.mesh.measure.FlowMeter;
import carma.mesh.measure.FlowSummary;
import carma.mesh.transport.TcpLikeFlow;
import carma.scenario.MeshSection;
import java.util.List;
import java.util.Map;

/**
 * The per-flow headline figures of a mesh run: {@code mesh.flow.NAME.*} over the whole run (sent,
 * received, lossFraction, meanDelayMs, p95DelayMs, maxDelayMs, goodputBps; for a TCP transfer
 * {@code completedS} once it completed) and {@code mesh.flow.NAME.steady.*} over the
 * {@code steadyState} window (sent, received, lossFraction, meanDelayMs, p95DelayMs, maxDelayMs of
 * the packets created in it). A figure without a value (no packet received) is left out.
 */
final class FlowFigures {
    private FlowFigures() {}

    static void put(RunReport report, List<FlowMeter> meters, Map<String, TcpLikeFlow> transfers,
            MeshSection.SteadyState steady) {
        long fromNs = SimTime.nanosOfSeconds(steady.fromS());
        long toNs = SimTime.nanosOfSeconds(steady.toS());
        for (FlowMeter m : meters) {
            String key = "mesh.flow." + m.name() + ".";
            FlowSummary whole = m.summary();
            summary(report, key, whole);
            put(report, key + "goodputBps", whole.goodputBps());
            TcpLikeFlow tcp = transfers.get(m.name());
            if (tcp != null && tcp.completedNs() >= 0) {
                put(report, key + "completedS", tcp.completedNs() / 1e9);
            }
            summary(report, key + "steady.", m.window(fromNs, toNs));
        }
    }

    private static void summary(RunReport report, String key, FlowSummary s) {
        report.put(key + "sent", s.sent());
        report.put(key + "received", s.received());
        put(report, key + "lossFraction", s.lossFraction());
        put(report, key + "meanDelayMs", s.meanDelayMs());
        put(report, key + "p95DelayMs", s.p95DelayMs());
        put(report, key + "maxDelayMs", s.maxDelayMs());
    }

    private static void put(RunReport report, String key, double value) {
        if (Double.isFinite(value)) {
            report.put(key, value);
        }
    }
}
