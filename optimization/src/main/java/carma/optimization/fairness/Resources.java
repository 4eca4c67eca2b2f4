package carma.optimization.fairness;

import carma.optimization.instance.IndexedInstance;

/**
 * The shared resources of the model, numbered: the access channel of each MAP (constraint 4) at
 * [0, M), the collision domain I(e) of each link (7) at [M, M+E), the uplink of each gateway (6) at
 * [M+E, 2M+E). Loads are normalised by capacity (1 − ε of airtime, C_g bit/s), so a resource is
 * saturated at load 1.
 */
public final class Resources {
    private Resources() {}

    public static int count(IndexedInstance net) {
        return 2 * net.mapCount() + net.linkCount();
    }

    public static int access(IndexedInstance net, int m) {
        return m;
    }

    public static int domain(IndexedInstance net, int e) {
        return net.mapCount() + e;
    }

    public static int gateway(IndexedInstance net, int m) {
        return net.mapCount() + net.linkCount() + m;
    }

    public static String name(IndexedInstance net, int r) {
        int m = net.mapCount();
        int e = net.linkCount();
        if (r < m) {
            return "access " + net.mapId(r);
        }
        if (r < m + e) {
            return "collision-domain " + net.linkName(r - m);
        }
        return "gateway " + net.mapId(r - m - e);
    }

    /** Normalised access load per bit/s of a user at MAP m with access rate r_um. */
    public static double accessCoefficient(IndexedInstance net, double accessRateBps) {
        return 1.0 / (accessRateBps * net.airtimeCapacity());
    }
}
