package carma.mesh.link;

import carma.radio.geometry.Position;
import carma.mesh.node.NodeSpec;
import carma.radio.wifi.FrameAirtime;
import carma.radio.wifi.PhyMode;
import java.util.List;

/**
 * Received power between every pair of wireless nodes at the current positions (a matrix, as
 * AROMA precomputes its propagation; rows of moving nodes are refreshed by {@link #refresh}).
 * Non-wireless nodes (the Internet host) receive and emit nothing.
 */
public final class LinkBudget {
    private final List<NodeSpec> nodes;
    private final RadioProfile radio;
    private final double[][] rxDbm;
    private final double[][] rxMw;
    private final Position[] positions;
    private final PhyMode[][] unicastModes;
    private final double noiseMw;

    private long version;

    public LinkBudget(List<NodeSpec> nodes, RadioProfile radio) {
        this.nodes = List.copyOf(nodes);
        this.radio = radio;
        int n = nodes.size();
        rxDbm = new double[n][n];
        rxMw = new double[n][n];
        positions = new Position[n];
        unicastModes = new PhyMode[n][n];
        noiseMw = dbmToMw(radio.noiseFloorDbm());
        for (int i = 0; i < n; i++) {
            positions[i] = nodes.get(i).trajectory().at(0);
        }
        for (int i = 0; i < n; i++) {
            recomputeRow(i);
        }
    }

    /** Moves mobile nodes to their positions at {@code nowNs}; returns true if anything moved. */
    public boolean refresh(long nowNs) {
        boolean moved = false;
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i).trajectory().stationary()) {
                continue;
            }
            Position p = nodes.get(i).trajectory().at(nowNs);
            if (!p.equals(positions[i])) {
                positions[i] = p;
                recomputeRow(i);
                moved = true;
            }
        }
        return moved;
    }

    /** Counts the changes of received powers (a node moved), for caches derived from them. */
    public long version() {
        return version;
    }

    private void recomputeRow(int i) {
        version++;
        for (int j = 0; j < nodes.size(); j++) {
            double dbm = Double.NEGATIVE_INFINITY;
            if (i != j && nodes.get(i).wireless() && nodes.get(j).wireless()) {
                dbm = radio.txPowerDbm() - radio.pathLoss().pathLossDb(positions[i].distanceM(positions[j]));
            }
            rxDbm[i][j] = dbm;
            rxDbm[j][i] = dbm;
            rxMw[i][j] = dbmToMw(dbm);
            rxMw[j][i] = rxMw[i][j];
            unicastModes[i][j] = null;
            unicastModes[j][i] = null;
        }
    }

    public int size() {
        return nodes.size();
    }

    public Position position(int node) {
        return positions[node];
    }

    /** Power from {@code tx} arriving at {@code rx}, dBm (symmetric links). */
    public double rxPowerDbm(int tx, int rx) {
        return rxDbm[tx][rx];
    }

    public double rxPowerMw(int tx, int rx) {
        return rxMw[tx][rx];
    }

    public double noiseMw() {
        return noiseMw;
    }

    public double snrDb(int tx, int rx) {
        return rxDbm[tx][rx] - radio.noiseFloorDbm();
    }

    public RadioProfile radio() {
        return radio;
    }

    /** Unicast PHY mode the rate policy picks for the link. */
    public PhyMode unicastMode(int tx, int rx) {
        PhyMode m = unicastModes[tx][rx];
        if (m == null) {
            m = radio.rates().modeFor(snrDb(tx, rx));
            unicastModes[tx][rx] = m;
        }
        return m;
    }

    /**
     * Probability that a frame of {@code ipBytes} from tx reaches rx without interference at the
     * given mode, from the frame error model.
     */
    public double deliveryProbability(int tx, int rx, PhyMode mode, int ipBytes) {
        if (rxDbm[tx][rx] == Double.NEGATIVE_INFINITY) {
            return 0;
        }
        return 1 - radio.errors().frameErrorProbability(mode, snrDb(tx, rx), FrameAirtime.psduBytesForIpPacket(ipBytes));
    }

    /**
     * The expected transmission count of the link as OLSR's etx_ff measures it: broadcast control
     * frames in both directions, ETX = 1 / (LQ NLQ); infinite below olsrd's minimal useful LQ 0.1.
     */
    public double etx(int a, int b, int controlBytes) {
        PhyMode m = radio.broadcastMode();
        double lq = deliveryProbability(b, a, m, controlBytes);
        double nlq = deliveryProbability(a, b, m, controlBytes);
        if (lq < 0.1 || nlq < 0.1) {
            return Double.POSITIVE_INFINITY;
        }
        return 1 / (lq * nlq);
    }

    static double dbmToMw(double dbm) {
        return dbm == Double.NEGATIVE_INFINITY ? 0 : Math.pow(10, dbm / 10);
    }
}
