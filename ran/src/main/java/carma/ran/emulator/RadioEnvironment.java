package carma.ran.emulator;

import carma.radio.deployment.Cell;
import carma.radio.deployment.Deployment;
import carma.radio.deployment.Technology;
import carma.radio.link.Decibels;
import carma.radio.link.ThermalNoise;
import carma.radio.propagation.PropagationMatrix;
import carma.ran.user.UserTable;
import java.util.List;

/**
 * Signal and interference computation (AROMA paper §5.2.7) from the propagation matrix: received
 * powers at a user's grid point, the serving-cell link cache (wanted signal, own-cell total,
 * other-cell interference), the pilot quality, and the best cell of each technology by broadcast
 * power. Interference follows load: each interfering cell transmits the share {@link #txShare} of
 * its full power that its air interface measured in the last 10 ms interval (UTRAN: common
 * channels plus the HS-DSCH in the TTIs it transmitted; GERAN: the share of its packet timeslots
 * used in the last radio-block period); the serving UTRAN cell counts at full power (it transmits
 * HS-DSCH to the user). A user's received power from each interferer at full power is cached when
 * its link is refreshed, so the load-dependent sum costs a multiply-add per interferer, once per
 * interval and only for users asking for a transmission. WLAN hotspots do not interfere (SNR only).
 */
public final class RadioEnvironment {
    private static final Technology[] TECHNOLOGIES = Technology.values();
    private final Deployment deployment;
    private final PropagationMatrix matrix;
    private final UserTable users;
    private final double[] txDbm;
    private final double[] broadcastDbm;
    private final double[] indoorDb;
    private final double[] noiseMw;
    private final int[] technology;
    private final int[][] interferers;
    private final int[][] cellsOfTechnology;
    private final double hsPowerFraction;
    private final double[] txShare;
    private final int maxInterferers;
    private final float[] interfererRxMw; // per (user, index in the serving cell's interferer list), at full power
    private final long[] interferenceEpoch;
    private long loadEpoch = 1;

    public RadioEnvironment(Deployment deployment, PropagationMatrix matrix, UserTable users, HsdpaParameters hsdpa,
            GeranParameters geran, double wlanNoiseFigureDb) {
        if (matrix.cells() != deployment.cells().size()) {
            throw new IllegalArgumentException("propagation matrix and deployment disagree on the number of cells");
        }
        this.deployment = deployment;
        this.matrix = matrix;
        this.users = users;
        List<Cell> cells = deployment.cells();
        int n = cells.size();
        txDbm = new double[n];
        broadcastDbm = new double[n];
        indoorDb = new double[n];
        noiseMw = new double[n];
        technology = new int[n];
        interferers = new int[n][];
        for (int c = 0; c < n; c++) {
            Cell cell = cells.get(c);
            txDbm[c] = cell.txPowerDbm();
            broadcastDbm[c] = cell.broadcastPowerDbm();
            indoorDb[c] = deployment.ran(cell.ran()).indoorPenetrationDb();
            technology[c] = cell.technology().ordinal();
            double nf = cell.technology() == Technology.UTRAN ? hsdpa.ueNoiseFigureDb()
                    : cell.technology() == Technology.GERAN ? geran.msNoiseFigureDb() : wlanNoiseFigureDb;
            noiseMw[c] = Decibels.dbmToMw(ThermalNoise.noiseDbm(cell.bandwidthHz(), nf));
            final int self = c;
            interferers[c] = cells.stream()
                    .filter(o -> o.id().value() != self && interferes(cell, o))
                    .mapToInt(o -> o.id().value()).toArray();
        }
        cellsOfTechnology = new int[Technology.values().length][];
        for (Technology t : Technology.values()) {
            cellsOfTechnology[t.ordinal()] = cells.stream().filter(c -> c.technology() == t)
                    .mapToInt(c -> c.id().value()).toArray();
        }
        this.hsPowerFraction = hsdpa.hsPowerFraction();
        txShare = new double[n];
        int most = 0;
        for (int c = 0; c < n; c++) {
            txShare[c] = idleTxShare(c);
            most = Math.max(most, interferers[c].length);
        }
        this.maxInterferers = most;
        this.interfererRxMw = new float[users.size() * most];
        this.interferenceEpoch = new long[users.size()];
    }

    /** The share of its full power an idle cell transmits: UTRAN common channels; GERAN packet timeslots none. */
    double idleTxShare(int cell) {
        return technologyOf(cell) == Technology.UTRAN ? 1 - hsPowerFraction : 0;
    }

    /** A UTRAN cell's transmitted share when its HS-DSCH was on in {@code hsActiveShare} of the interval's TTIs. */
    double utranTxShare(double hsActiveShare) {
        return 1 - hsPowerFraction + hsPowerFraction * hsActiveShare;
    }

    /** Sets the share of its full power cell {@code c} transmitted in the interval just ended. */
    void setTxShare(int c, double share) {
        txShare[c] = share;
    }

    /** The shares set since the last call take effect: users' interference is recomputed when they next ask. */
    void nextLoadInterval() {
        loadEpoch++;
    }

    /** The share of its full power cell {@code c} transmits (as measured in the last interval). */
    public double txShare(int c) {
        return txShare[c];
    }

    /**
     * Recomputes the user's other-cell interference for the current load, once per interval; marks
     * the channel changed when it was recomputed.
     */
    void refreshInterference(int user) {
        if (interferenceEpoch[user] == loadEpoch) {
            return;
        }
        int c = users.servingCell[user];
        if (c < 0) {
            return;
        }
        applyInterference(user, c);
    }

    private void applyInterference(int user, int c) {
        interferenceEpoch[user] = loadEpoch;
        int[] list = interferers[c];
        double other = 0;
        for (int i = 0, base = user * maxInterferers; i < list.length; i++) {
            other += interfererRxMw[base + i] * txShare[list[i]];
        }
        users.channelDirty[user] = true;
        users.otherCellsMw[user] = other;
    }

    /**
     * The serving technology's pilot quality from the link cache, dB: CPICH Ec/Io (UTRAN), C/I
     * (GERAN), SNR (WLAN); NaN without a serving cell. Computed on demand (only the UUT's is traced).
     */
    public double pilotQualityDb(int user) {
        int c = users.servingCell[user];
        if (c < 0) {
            return Double.NaN;
        }
        double n = noiseMw[c];
        return switch (technologyOf(c)) {
            case UTRAN -> Decibels.toDb(Decibels.dbmToMw(users.broadcastRxDbm[user])
                    / (users.ownCellMw[user] + users.otherCellsMw[user] + n));
            case GERAN -> Decibels.toDb(users.signalMw[user] / (users.otherCellsMw[user] + n));
            case WLAN -> Decibels.toDb(users.signalMw[user] / n);
        };
    }

    private static boolean interferes(Cell serving, Cell other) {
        if (serving.technology() != other.technology()) {
            return false;
        }
        switch (serving.technology()) {
            case UTRAN:
                return Math.abs(serving.carrierHz() - other.carrierHz()) < 1;
            case GERAN:
                return serving.channel() == other.channel();
            default:
                return false;
        }
    }

    public Deployment deployment() {
        return deployment;
    }

    public PropagationMatrix matrix() {
        return matrix;
    }

    public int cells() {
        return txDbm.length;
    }

    public Technology technologyOf(int cell) {
        return TECHNOLOGIES[technology[cell]];
    }

    public int[] cellsOf(Technology t) {
        return cellsOfTechnology[t.ordinal()];
    }

    public double noiseMw(int cell) {
        return noiseMw[cell];
    }

    /** Coupling loss including indoor penetration for the user. */
    private double lossDb(int cell, int user) {
        return matrix.lossDb(cell, users.gridIndex[user]) + (users.indoor[user] ? indoorDb[cell] : 0);
    }

    /** Received broadcast-channel power (CPICH, BCCH, beacon), dBm. */
    public double broadcastRxDbm(int cell, int user) {
        return broadcastDbm[cell] - lossDb(cell, user);
    }

    /** Received total power of a cell, mW. */
    public double rxMw(int cell, int user) {
        return Decibels.dbmToMw(txDbm[cell] - lossDb(cell, user));
    }

    /** The cell of technology {@code t} with the strongest broadcast channel at the user, or −1. */
    public int bestCell(Technology t, int user) {
        int best = -1;
        double bestDbm = Double.NEGATIVE_INFINITY;
        for (int c : cellsOfTechnology[t.ordinal()]) {
            double p = broadcastRxDbm(c, user);
            if (p > bestDbm) {
                bestDbm = p;
                best = c;
            }
        }
        return best;
    }

    /** Refreshes the user's link cache for its serving cell (after a move or a handover). */
    public void refreshLink(int user) {
        int c = users.servingCell[user];
        if (c < 0) {
            return;
        }
        double own = rxMw(c, user);
        int[] list = interferers[c];
        for (int i = 0, base = user * maxInterferers; i < list.length; i++) {
            interfererRxMw[base + i] = (float) rxMw(list[i], user);
        }
        users.channelDirty[user] = true;
        users.broadcastRxDbm[user] = broadcastRxDbm(c, user);
        Technology t = technologyOf(c);
        if (t == Technology.UTRAN) {
            users.signalMw[user] = hsPowerFraction * own;
            users.ownCellMw[user] = own;
            applyInterference(user, c);
        } else if (t == Technology.GERAN) {
            users.signalMw[user] = own;
            users.ownCellMw[user] = 0;
            applyInterference(user, c);
        } else {
            users.signalMw[user] = own;
            users.ownCellMw[user] = 0;
            users.otherCellsMw[user] = 0;
        }
    }
}
