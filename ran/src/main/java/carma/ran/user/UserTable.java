package carma.ran.user;

import carma.traffic.PacketSource;
import java.util.Arrays;

/**
 * The per-user state of a RAN emulation as parallel primitive arrays indexed by user (a
 * structure of arrays: the per-TTI loops touch thousands of users and allocate nothing). The
 * arrays are written only by the emulator's machinery; observers get trace records.
 */
public final class UserTable {
    public static final int NO_CELL = -1;
    private final int users;

    // session
    public final boolean[] active;
    public final int[] service;
    public final int[] classPriority;
    public final long[] sessionStartNs;
    public final PacketSource[] source;
    public final long[] generatedUntilNs;

    // position and attachment
    public final int[] gridIndex;
    public final boolean[] indoor;
    public final boolean[] channelDirty;
    public final int[] servingCell;

    // link cache of the serving cell (mW, received): wanted signal, own-cell total, other cells (the
    // pilot quality is computed from it on demand: RadioEnvironment.pilotQualityDb)
    public final double[] signalMw;
    public final double[] ownCellMw;
    public final double[] otherCellsMw;
    public final double[] broadcastRxDbm;

    // fast fading (complex AR(1) Rayleigh gain per user) and the last TTI it was updated
    public final double[] fadingRe;
    public final double[] fadingIm;
    public final long[] fadingTti;

    // user reports and scheduling bookkeeping
    public final int[] cqi;
    public final double[] qualityDb;
    public final double[] rateBps;
    public final long[] lastServedTti;
    public final double[] averageRateBps;
    public final long[] averageAtNs;
    public final int[] transmissions;

    // statistics
    public final long[] deliveredBits;
    public final long[] forwardedPackets;
    public final long[] discardedPackets;
    public final double[] delaySumNs;

    public UserTable(int users) {
        this.users = users;
        active = new boolean[users];
        service = new int[users];
        classPriority = new int[users];
        sessionStartNs = new long[users];
        source = new PacketSource[users];
        generatedUntilNs = new long[users];
        gridIndex = new int[users];
        indoor = new boolean[users];
        channelDirty = new boolean[users];
        servingCell = new int[users];
        Arrays.fill(servingCell, NO_CELL);
        signalMw = new double[users];
        ownCellMw = new double[users];
        otherCellsMw = new double[users];
        broadcastRxDbm = new double[users];
        fadingRe = new double[users];
        fadingIm = new double[users];
        fadingTti = new long[users];
        Arrays.fill(fadingRe, Math.sqrt(0.5));
        Arrays.fill(fadingIm, Math.sqrt(0.5));
        cqi = new int[users];
        qualityDb = new double[users];
        rateBps = new double[users];
        lastServedTti = new long[users];
        Arrays.fill(lastServedTti, -1);
        averageRateBps = new double[users];
        averageAtNs = new long[users];
        transmissions = new int[users];
        deliveredBits = new long[users];
        forwardedPackets = new long[users];
        discardedPackets = new long[users];
        delaySumNs = new double[users];
    }

    public int size() {
        return users;
    }
}
