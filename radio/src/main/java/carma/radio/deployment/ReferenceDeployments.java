package carma.radio.deployment;

import carma.radio.deployment.DeploymentBuilder.CellRadio;
import carma.radio.geometry.Position;
import carma.radio.geometry.ServiceArea;

/**
 * Deployments of the AROMA case studies. The paper gives the counts and the area, not the
 * coordinates: the site layout here is a reconstruction (a near-hexagonal 4-5-4 pattern of 13
 * sites, 1.6 km apart along rows, and 6 hotspots between sites).
 */
public final class ReferenceDeployments {
    /** Indoor penetration loss per RAN [AROMA §5.2.3: 17–20 dB depending on the RAN]. */
    public static final double UTRAN_INDOOR_DB = 18;
    public static final double GERAN_INDOOR_DB = 17;
    public static final double WLAN_INDOOR_DB = 20;

    private static final double[][] SITES = {
        {1_600, 667}, {3_200, 667}, {4_800, 667}, {6_400, 667},
        {800, 2_000}, {2_400, 2_000}, {4_000, 2_000}, {5_600, 2_000}, {7_200, 2_000},
        {1_600, 3_333}, {3_200, 3_333}, {4_800, 3_333}, {6_400, 3_333},
    };
    private static final double[][] HOTSPOTS = {
        {2_000, 1_300}, {4_400, 1_300}, {6_000, 1_300}, {1_600, 2_700}, {3_600, 2_700}, {6_000, 2_700},
    };

    private ReferenceDeployments() {}

    /**
     * AROMA case study II: 13 UTRAN Node-Bs and 13 GERAN BTSs colocated on 13 sites plus 6 WLAN
     * hotspots in 8 km × 4 km; omnidirectional antennas; GERAN reuse of 4 channel groups.
     *
     * @param utranRouter ingress router of UTRAN and GERAN
     * @param wlanRouter ingress router of WLAN (IR1 for intra-IR, IR2 for inter-IR handovers)
     */
    public static Deployment caseStudyII(String utranRouter, String wlanRouter) {
        DeploymentBuilder b = new DeploymentBuilder(ServiceArea.aromaDefault());
        RanId utran = b.addRan("UTRAN", Technology.UTRAN, utranRouter, UTRAN_INDOOR_DB);
        RanId geran = b.addRan("GERAN", Technology.GERAN, utranRouter, GERAN_INDOOR_DB);
        RanId wlan = b.addRan("WLAN", Technology.WLAN, wlanRouter, WLAN_INDOOR_DB);
        AntennaPattern omni = new AntennaPattern.Omni(0);
        for (int i = 0; i < SITES.length; i++) {
            int site = b.newSite();
            Position p = new Position(SITES[i][0], SITES[i][1]);
            b.addCell(utran, "nodeb-" + i, site, p, CellRadio.utranNodeB(), omni);
            b.addCell(geran, "bts-" + i, site, p, CellRadio.geranBts(), omni);
        }
        for (int i = 0; i < HOTSPOTS.length; i++) {
            int site = b.newSite();
            b.addCell(wlan, "ap-" + i, site, new Position(HOTSPOTS[i][0], HOTSPOTS[i][1]),
                    CellRadio.wlanAccessPoint(), omni);
        }
        return b.assignGeranReuse(4).build();
    }

    /**
     * AROMA case study I: two UTRAN Node-Bs {@code distanceM} apart on a horizontal line through
     * the middle of the area, surrounded by a ring of interfering Node-Bs at the same spacing (so
     * that the border between the two is an interference-limited cell edge, as in a network).
     * Node-B 0 and Node-B 1 are the two the user under test moves between.
     */
    public static Deployment twoNodeBLine(double distanceM) {
        double w = 4 * distanceM;
        double h = 2 * distanceM * Math.sqrt(3) / 2 * 2;
        DeploymentBuilder b = new DeploymentBuilder(new ServiceArea(w, h));
        RanId utran = b.addRan("UTRAN", Technology.UTRAN, "IR1", UTRAN_INDOOR_DB);
        AntennaPattern omni = new AntennaPattern.Omni(0);
        double cx = w / 2 - distanceM / 2;
        double cy = h / 2;
        double dy = distanceM * Math.sqrt(3) / 2;
        double[][] offsets = {
            {0, 0}, {distanceM, 0}, {-distanceM, 0}, {2 * distanceM, 0},
            {-distanceM / 2, dy}, {distanceM / 2, dy}, {1.5 * distanceM, dy},
            {-distanceM / 2, -dy}, {distanceM / 2, -dy}, {1.5 * distanceM, -dy},
        };
        for (int i = 0; i < offsets.length; i++) {
            int site = b.newSite();
            b.addCell(utran, "nodeb-" + i, site, new Position(cx + offsets[i][0], cy + offsets[i][1]),
                    CellRadio.utranNodeB(), omni);
        }
        return b.build();
    }
}
