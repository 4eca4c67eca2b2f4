package carma.scenario.corenet;

import carma.corenet.generator.CoordinatedTrafficGenerator;
import carma.corenet.generator.LoadReport;
import carma.kernel.trace.TraceBus;
import carma.ran.trace.ServiceStatsRecord;
import carma.traffic.QosClass;
import java.util.EnumMap;
import java.util.Map;

/**
 * Drives the coordinated traffic generator from the RAN's trace records [approximation]: the RAN
 * publishes, once per statistics interval, a {@link ServiceStatsRecord} per QoS class with the
 * downlink throughput it delivered over all its RANs. The bytes of one interval (throughput ×
 * interval) become one {@link LoadReport} of a single aggregate RAN (id 0), downlink only. Per-RAN,
 * per-direction reports every 10 ms (AROMA §6.2) need a RAN record that does not exist yet.
 */
final class RanLoadCoupling {
    private final CoordinatedTrafficGenerator generator;
    private final Map<QosClass, Long> pending = new EnumMap<>(QosClass.class);
    private long lastNs;
    private long pendingNs = -1;
    private long period;

    RanLoadCoupling(TraceBus bus, CoordinatedTrafficGenerator generator) {
        this.generator = generator;
        bus.subscribe(ServiceStatsRecord.class, this::onStats);
    }

    private void onStats(ServiceStatsRecord r) {
        if (pendingNs != r.timeNs()) {
            pending.clear();
            pendingNs = r.timeNs();
        }
        // the record names its class by the enum constant's name
        QosClass c = QosClass.valueOf(r.qosClass());
        double seconds = (r.timeNs() - lastNs) / 1e9;
        pending.put(c, Math.round(r.throughputBps() * seconds / 8));
        if (pending.size() == QosClass.values().length) {
            generator.report(r.timeNs(), new LoadReport(0, period++, pending, Map.of()));
            pending.clear();
            lastNs = r.timeNs();
        }
    }
}
