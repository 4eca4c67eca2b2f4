package carma.kernel.queueing;

import carma.kernel.event.EventSink;
import carma.kernel.random.RandomStream;
import carma.kernel.sim.Simulator;
import carma.kernel.trace.TraceBus;

/**
 * The kernel's validation model: a single-server FIFO queue with Poisson arrivals and exponential
 * or deterministic service, driven by events. It publishes a {@link QueueCustomer} per departure
 * and a {@link QueueSample} every sampling interval. Waiting arrival times live in a ring buffer.
 */
public final class SingleServerQueue implements EventSink<QueueEvent> {
    private final QueueModel model;
    private final Simulator sim;
    private final TraceBus bus;
    private final RandomStream arrivals;
    private final RandomStream services;
    private final long sampleIntervalNs;
    private long[] ring = new long[256];
    private int head;
    private int count; // customers in system, including the one in service
    private long inServiceArrivalNs;
    private long inServiceStartNs;
    private long nextCustomer;

    public SingleServerQueue(QueueModel model, Simulator sim, long sampleIntervalNs) {
        this.model = model;
        this.sim = sim;
        this.bus = sim.traceBus();
        this.arrivals = sim.streams().stream("queue." + model.name() + ".arrivals");
        this.services = sim.streams().stream("queue." + model.name() + ".service");
        this.sampleIntervalNs = sampleIntervalNs;
    }

    /** Schedules the first arrival and the first sample. */
    public void start() {
        sim.scheduleIn(interarrivalNs(), this, QueueEvent.ARRIVAL);
        sim.scheduleIn(0, this, QueueEvent.SAMPLE);
    }

    @Override
    public void onEvent(long nowNs, QueueEvent event) {
        switch (event) {
            case ARRIVAL:
                onArrival(nowNs);
                break;
            case DEPARTURE:
                onDeparture(nowNs);
                break;
            case SAMPLE:
                bus.publish(new QueueSample(nowNs, model.name(), count, Math.max(0, count - 1)));
                sim.scheduleIn(sampleIntervalNs, this, QueueEvent.SAMPLE);
                break;
            default:
                throw new IllegalStateException("unknown event " + event);
        }
    }

    private void onArrival(long nowNs) {
        count++;
        if (count == 1) {
            startService(nowNs, nowNs);
        } else {
            enqueue(nowNs);
        }
        sim.scheduleIn(interarrivalNs(), this, QueueEvent.ARRIVAL);
    }

    private void onDeparture(long nowNs) {
        bus.publish(new QueueCustomer(nowNs, model.name(), nextCustomer++, inServiceArrivalNs, inServiceStartNs,
                inServiceStartNs - inServiceArrivalNs));
        count--;
        if (count > 0) {
            startService(dequeue(), nowNs);
        }
    }

    private void startService(long arrivalNs, long nowNs) {
        inServiceArrivalNs = arrivalNs;
        inServiceStartNs = nowNs;
        long serviceNs = Math.max(1, Math.round(model.service().sampleS(services, model.meanServiceS()) * 1e9));
        sim.scheduleIn(serviceNs, this, QueueEvent.DEPARTURE);
    }

    private long interarrivalNs() {
        return Math.max(1, Math.round(arrivals.exponential(1 / model.arrivalRatePerS()) * 1e9));
    }

    private void enqueue(long arrivalNs) {
        int waiting = count - 1; // after increment, excluding the one in service
        if (waiting > ring.length) {
            long[] bigger = new long[ring.length * 2];
            for (int i = 0; i < waiting - 1; i++) {
                bigger[i] = ring[(head + i) % ring.length];
            }
            ring = bigger;
            head = 0;
        }
        ring[(head + waiting - 1) % ring.length] = arrivalNs;
    }

    private long dequeue() {
        long t = ring[head];
        head = (head + 1) % ring.length;
        return t;
    }
}
