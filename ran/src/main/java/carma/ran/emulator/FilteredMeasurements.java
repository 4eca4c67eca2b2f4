package carma.ran.emulator;

import carma.radio.deployment.Technology;
import carma.ran.user.UserTable;
import java.util.Arrays;

/**
 * The layer-3 filtered broadcast-channel levels every user with a session measures, one value per
 * (user, cell) in a flat float array (allocation-free). A user's filter starts from its first
 * measurement after a session starts and continues across handovers. The instantaneous levels
 * change only with the user's grid point, so they are read from the propagation matrix (one
 * cache line per cell) only when it changed and kept in a per-user row beside the filter's. Once
 * every filtered level is within {@link #SETTLED_DB} of its constant measurement the filter is
 * settled (set to the measurements) and left alone until the grid point changes.
 */
final class FilteredMeasurements {
    private final RadioEnvironment radio;
    private final UserTable users;
    private final float[] instantDbm;
    private final int[] instantGrid;
    private final Layer3Filter filter;
    private final int cells;
    private final float[] filteredDbm;
    private final boolean[] started;
    private final boolean[] settled;
    /** A filter closer than this to constant measurements is treated as converged. */
    static final double SETTLED_DB = 0.01;

    FilteredMeasurements(RadioEnvironment radio, UserTable users, int filterCoefficient) {
        this.radio = radio;
        this.users = users;
        this.filter = new Layer3Filter(filterCoefficient);
        this.cells = radio.cells();
        int n = users.size();
        this.filteredDbm = new float[n * cells];
        this.instantDbm = new float[n * cells];
        this.instantGrid = new int[n];
        Arrays.fill(instantGrid, -1);
        this.started = new boolean[n];
        this.settled = new boolean[n];
    }

    /**
     * One measurement of every cell at the user's current position; returns false when nothing
     * changed (same grid point, filter settled), so the filtered levels are those of the last call.
     */
    boolean measure(int u) {
        int base = u * cells;
        if (instantGrid[u] == users.gridIndex[u] && settled[u] && started[u]) {
            return false;
        }
        if (instantGrid[u] != users.gridIndex[u]) {
            settled[u] = false;
            for (int c = 0; c < cells; c++) {
                instantDbm[base + c] = (float) radio.broadcastRxDbm(c, u);
            }
            instantGrid[u] = users.gridIndex[u];
        }
        if (!started[u]) {
            System.arraycopy(instantDbm, base, filteredDbm, base, cells);
            started[u] = true;
            settled[u] = true;
            return true;
        }
        double maxGapDb = 0;
        for (int c = 0; c < cells; c++) {
            float f = (float) filter.next(filteredDbm[base + c], instantDbm[base + c]);
            filteredDbm[base + c] = f;
            maxGapDb = Math.max(maxGapDb, Math.abs(f - instantDbm[base + c]));
        }
        if (maxGapDb < SETTLED_DB) {
            System.arraycopy(instantDbm, base, filteredDbm, base, cells);
            settled[u] = true;
        }
        return true;
    }

    /** Forgets the user's filter state (its session ended). */
    void reset(int u) {
        started[u] = false;
        settled[u] = false;
    }

    double dbm(int cell, int u) {
        return filteredDbm[u * cells + cell];
    }

    /** The cell of technology {@code t} with the strongest filtered level at the user, or −1. */
    int bestCell(Technology t, int u) {
        int best = -1;
        double bestDbm = Double.NEGATIVE_INFINITY;
        int base = u * cells;
        for (int c : radio.cellsOf(t)) {
            double p = filteredDbm[base + c];
            if (p > bestDbm) {
                bestDbm = p;
                best = c;
            }
        }
        return best;
    }
}
