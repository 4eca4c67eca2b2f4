package carma.ran.emulator;

import java.util.Arrays;

/**
 * Time-to-trigger per user (3GPP TS 25.331 §14.1, TS 36.331 §5.5.4): a handover to a candidate
 * fires only once the entering condition has held for the same candidate at every measurement
 * for at least the time-to-trigger. A different candidate, or none, restarts the timer.
 */
final class TimeToTrigger {
    static final int NONE = -1;
    private final int[] candidate;
    private final long[] sinceNs;

    TimeToTrigger(int users) {
        candidate = new int[users];
        sinceNs = new long[users];
        Arrays.fill(candidate, NONE);
    }

    /**
     * The entering condition at a measurement: {@code cell} is the candidate satisfying it (or
     * {@link #NONE}). Returns true when the condition has held for {@code cell} for at least
     * {@code timeToTriggerNs}.
     */
    boolean holds(int u, int cell, long nowNs, long timeToTriggerNs) {
        if (cell == NONE) {
            candidate[u] = NONE;
            return false;
        }
        if (candidate[u] != cell) {
            candidate[u] = cell;
            sinceNs[u] = nowNs;
        }
        return nowNs - sinceNs[u] >= timeToTriggerNs;
    }

    boolean pending(int u) {
        return candidate[u] != NONE;
    }

    void reset(int u) {
        candidate[u] = NONE;
    }
}
