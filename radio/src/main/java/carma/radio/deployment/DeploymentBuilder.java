package carma.radio.deployment;

import carma.radio.geometry.Position;
import carma.radio.geometry.ServiceArea;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a {@link Deployment} site by site. Cells added at the same site share its shadowing map;
 * GERAN channels can be assigned afterwards with {@link #assignGeranReuse(int)}.
 */
public final class DeploymentBuilder {
    private final ServiceArea area;
    private final List<Ran> rans = new ArrayList<>();
    private final List<Cell> cells = new ArrayList<>();
    private int sites;

    public DeploymentBuilder(ServiceArea area) {
        this.area = area;
    }

    public RanId addRan(String name, Technology technology, String ingressRouterId, double indoorPenetrationDb) {
        RanId id = new RanId(rans.size());
        rans.add(new Ran(id, name, technology, ingressRouterId, indoorPenetrationDb));
        return id;
    }

    /** Opens a new site and returns its index. */
    public int newSite() {
        return sites++;
    }

    /** Adds a cell at a site; its technology is the RAN's. */
    public CellId addCell(RanId ran, String name, int site, Position position, CellRadio radio, AntennaPattern antenna) {
        if (site < 0 || site >= sites) {
            throw new IllegalArgumentException("unknown site " + site + " for cell " + name);
        }
        CellId id = new CellId(cells.size());
        Technology tech = rans.get(ran.value()).technology();
        cells.add(new Cell(id, name, ran, tech, site, position, radio.antennaHeightM(), radio.txPowerDbm(),
                radio.broadcastPowerDbm(), radio.carrierHz(), radio.bandwidthHz(), antenna, 0));
        return id;
    }

    /**
     * Gives the GERAN cells {@code channels} frequency groups so that co-channel cells are as far
     * apart as possible (greedy: each cell in turn takes the group whose nearest member is farthest).
     */
    public DeploymentBuilder assignGeranReuse(int channels) {
        if (channels < 1) {
            throw new IllegalArgumentException("reuse needs at least one channel group");
        }
        List<Cell> geran = new ArrayList<>();
        for (Cell c : cells) {
            if (c.technology() == Technology.GERAN) {
                geran.add(c);
            }
        }
        int[] assigned = new int[geran.size()];
        for (int i = 0; i < geran.size(); i++) {
            int best = 0;
            double bestDist = -1;
            for (int ch = 0; ch < channels; ch++) {
                double nearest = Double.POSITIVE_INFINITY;
                for (int j = 0; j < i; j++) {
                    if (assigned[j] == ch) {
                        nearest = Math.min(nearest, geran.get(i).position().distanceM(geran.get(j).position()));
                    }
                }
                if (nearest > bestDist) {
                    bestDist = nearest;
                    best = ch;
                }
            }
            assigned[i] = best;
            Cell c = geran.get(i);
            cells.set(c.id().value(), new Cell(c.id(), c.name(), c.ran(), c.technology(), c.site(), c.position(),
                    c.antennaHeightM(), c.txPowerDbm(), c.broadcastPowerDbm(), c.carrierHz(), c.bandwidthHz(),
                    c.antenna(), best));
        }
        return this;
    }

    public Deployment build() {
        return new Deployment(area, rans, cells);
    }

    /** Transmitter settings of a cell. */
    public record CellRadio(double antennaHeightM, double txPowerDbm, double broadcastPowerDbm, double carrierHz,
            double bandwidthHz) {
        /** Node-B: 15 m, 43 dBm (20 W) total, CPICH 33 dBm (10 %), 2 GHz, 3.84 Mcps. */
        public static CellRadio utranNodeB() {
            return new CellRadio(15, 43, 33, 2_000e6, 3.84e6);
        }

        /** GERAN BTS: 15 m, 43 dBm per carrier, BCCH at full power, 900 MHz, 200 kHz. */
        public static CellRadio geranBts() {
            return new CellRadio(15, 43, 43, 900e6, 200e3);
        }

        /** WLAN access point: 15 m outdoor antenna (AROMA §5.2.3), 20 dBm, beacon at full power, 2.4 GHz, 20 MHz. */
        public static CellRadio wlanAccessPoint() {
            return new CellRadio(15, 20, 20, 2_400e6, 20e6);
        }
    }
}
