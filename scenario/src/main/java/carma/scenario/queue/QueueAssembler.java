package carma.scenario.queue;

import carma.kernel.queueing.QueueModel;
import carma.kernel.queueing.QueueObserver;
import carma.kernel.queueing.SingleServerQueue;
import carma.kernel.report.RunObserver;
import carma.scenario.QueueSection;
import carma.kernel.sim.Simulator;
import carma.kernel.time.SimTime;
import java.util.List;

/** Builds the validation queues of a {@link QueueSection}. */
public final class QueueAssembler {
    private QueueAssembler() {}

    public static List<RunObserver> build(QueueSection section, Simulator sim) {
        List<QueueModel> models = section.queues().stream()
                .map(q -> new QueueModel(q.name(), q.arrivalRatePerS(), q.serviceRatePerS(), q.service()))
                .toList();
        QueueObserver observer = new QueueObserver(models, SimTime.nanosOfSeconds(section.warmupS()), sim.traceBus());
        long sampleNs = SimTime.nanosOfSeconds(section.sampleIntervalMs() / 1000);
        for (QueueModel m : models) {
            new SingleServerQueue(m, sim, sampleNs).start();
        }
        return List.of(observer);
    }
}
