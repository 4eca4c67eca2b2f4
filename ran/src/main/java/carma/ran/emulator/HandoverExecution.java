package carma.ran.emulator;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * Executing a handover: the user leaves its source cell at once and joins the target after the
 * interruption time, when it can be scheduled again. With {@link HandoverForwarding#LOSSLESS}
 * the buffer goes with it and packets arriving during the interruption wait for the target; with
 * {@link HandoverForwarding#LOSSY} the source discards the buffer and the packets of the
 * interruption are lost ({@link DiscardReason#HANDOVER}). Users in transit are kept in a list
 * (no allocation per loop).
 */
final class HandoverExecution {
    private final Attachments attachments;
    private final Delivery delivery;
    private final HandoverForwarding forwarding;
    private final int[] targetCell;
    private final long[] untilNs;
    private final int[] pending;
    private int pendingCount;
    private IntConsumer catchUpTraffic = u -> {};

    HandoverExecution(Attachments attachments, Delivery delivery, HandoverForwarding forwarding, int users) {
        this.attachments = attachments;
        this.delivery = delivery;
        this.forwarding = forwarding;
        this.targetCell = new int[users];
        Arrays.fill(targetCell, -1);
        this.untilNs = new long[users];
        this.pending = new int[users];
    }

    /** Called just before a user in transit joins its target: generate its packets of the interruption. */
    void setCatchUpTraffic(IntConsumer catchUp) {
        this.catchUpTraffic = catchUp;
    }

    void start(int u, int toCell, long interruptionNs, long nowNs) {
        attachments.detach(u, nowNs);
        if (forwarding == HandoverForwarding.LOSSY) {
            delivery.flush(u, nowNs, DiscardReason.HANDOVER);
        }
        if (interruptionNs == 0) {
            attachments.attach(u, toCell, nowNs);
            return;
        }
        if (targetCell[u] < 0) {
            pending[pendingCount++] = u;
        }
        targetCell[u] = toCell;
        untilNs[u] = nowNs + interruptionNs;
    }

    boolean inTransit(int u) {
        return targetCell[u] >= 0;
    }

    boolean lossless() {
        return forwarding == HandoverForwarding.LOSSLESS;
    }

    /** Attaches every user whose interruption is over (in the order they started). */
    void completeDue(long nowNs) {
        int i = 0;
        while (i < pendingCount) {
            int u = pending[i];
            if (untilNs[u] > nowNs) {
                i++;
                continue;
            }
            catchUpTraffic.accept(u);
            int to = targetCell[u];
            remove(i);
            attachments.attach(u, to, nowNs);
        }
    }

    /** The user's session ended during the interruption: it joins nothing. */
    void cancel(int u) {
        if (targetCell[u] < 0) {
            return;
        }
        for (int i = 0; i < pendingCount; i++) {
            if (pending[i] == u) {
                remove(i);
                return;
            }
        }
    }

    private void remove(int i) {
        int u = pending[i];
        targetCell[u] = -1;
        System.arraycopy(pending, i + 1, pending, i, pendingCount - i - 1);
        pendingCount--;
    }
}
