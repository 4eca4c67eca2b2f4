package carma.optimization.instance;

/**
 * A mesh access point (MAP). Gateways have a wired uplink of capacity {@code uplinkBps}; for other
 * MAPs {@code uplinkBps} is 0.
 */
public record MeshAccessPoint(String id, boolean gateway, double uplinkBps) {
    public static MeshAccessPoint gateway(String id, double uplinkBps) {
        return new MeshAccessPoint(id, true, uplinkBps);
    }

    public static MeshAccessPoint relay(String id) {
        return new MeshAccessPoint(id, false, 0.0);
    }
}
