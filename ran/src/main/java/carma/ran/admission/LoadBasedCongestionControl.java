package carma.ran.admission;

/**
 * While a cell's booked load exceeds the threshold (it can, after handovers admitted with the
 * handover margin), drops the session of the lowest-priority class, the most recently started
 * first.
 */
public record LoadBasedCongestionControl(double threshold) implements CongestionControl {
    public LoadBasedCongestionControl {
        if (!(threshold > 0)) {
            throw new IllegalArgumentException("congestion threshold must be positive");
        }
    }

    @Override
    public int victim(int cell, CellLoad load, int[] members, int count, int[] classPriority, long[] sessionStartNs) {
        if (load.load(cell) <= threshold) {
            return -1;
        }
        int victim = -1;
        for (int i = 0; i < count; i++) {
            int u = members[i];
            if (victim < 0 || classPriority[u] > classPriority[victim]
                    || (classPriority[u] == classPriority[victim] && sessionStartNs[u] > sessionStartNs[victim])) {
                victim = u;
            }
        }
        return victim;
    }
}
