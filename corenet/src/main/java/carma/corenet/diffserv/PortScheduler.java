package carma.corenet.diffserv;

/**
 * Picks the class queue an egress port transmits from next. The port owns queues, buffers and
 * transmission; a scheduler only chooses. Called only when at least one queue is backlogged; one
 * instance per port (schedulers keep per-port state such as deficits).
 */
public interface PortScheduler {
    Psc select(ClassBacklog backlog);
}
