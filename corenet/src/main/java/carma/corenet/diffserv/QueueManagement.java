package carma.corenet.diffserv;

/**
 * Active queue management of one class queue: decides on each arrival whether to drop it early. The
 * physical limit (tail drop when full) is the port's, not the policy's. One instance per queue.
 */
public interface QueueManagement {
    /** Whether the arriving packet is dropped early, given the queue length it finds (in packets). */
    boolean dropOnArrival(int queuePackets, DropPrecedence precedence, long nowNs);

    /** The queue has just become empty at {@code nowNs} (RED ages its average over idle time). */
    void onIdle(long nowNs);

    /** No early drop: the queue only tail-drops at its limit. */
    QueueManagement TAIL_DROP = new QueueManagement() {
        @Override
        public boolean dropOnArrival(int queuePackets, DropPrecedence precedence, long nowNs) {
            return false;
        }

        @Override
        public void onIdle(long nowNs) {}
    };
}
