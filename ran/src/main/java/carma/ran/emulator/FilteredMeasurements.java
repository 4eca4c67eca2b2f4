package carma.ran.emulator;

import carma.radio.deployment.Technology;

/**
 * The layer-3 filtered broadcast-channel levels every user with a session measures, one value per
 * (user, cell) in a flat float array (allocation-free). A user's filter starts from its first
 * measurement after a session starts and continues across handovers.
 */
final class FilteredMeasurements {
    private final RadioEnvironment radio;
    private final Layer3Filter filter;
    private final int cells;
    private final float[] filteredDbm;
    private final boolean[] started;

    FilteredMeasurements(RadioEnvironment radio, int users, int filterCoefficient) {
        this.radio = radio;
        this.filter = new Layer3Filter(filterCoefficient);
        this.cells = radio.cells();
        this.filteredDbm = new float[users * cells];
        this.started = new boolean[users];
    }

    /** One measurement of every cell at the user's current position. */
    void measure(int u) {
        int base = u * cells;
        boolean first = !started[u];
        for (int c = 0; c < cells; c++) {
            double m = radio.broadcastRxDbm(c, u);
            filteredDbm[base + c] = (float) (first ? m : filter.next(filteredDbm[base + c], m));
        }
        started[u] = true;
    }

    /** Forgets the user's filter state (its session ended). */
    void reset(int u) {
        started[u] = false;
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
