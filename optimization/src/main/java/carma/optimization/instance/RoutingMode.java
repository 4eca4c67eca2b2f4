package carma.optimization.instance;

/** How traffic of a MAP may be routed towards the gateways. */
public enum RoutingMode {
    /** Splittable flows: constraints (1)–(7) only. */
    MULTI_PATH("multi-path"),
    /** One next hop per MAP (a forest towards the gateways): (1)–(7) plus (8a)–(8c). */
    SINGLE_PATH("single-path");

    private final String jsonName;

    RoutingMode(String jsonName) {
        this.jsonName = jsonName;
    }

    public String jsonName() {
        return jsonName;
    }

    public static RoutingMode fromJson(String name) {
        for (RoutingMode routing : values()) {
            if (routing.jsonName.equals(name)) {
                return routing;
            }
        }
        throw new IllegalArgumentException("unknown routing '" + name + "' (expected multi-path or single-path)");
    }
}
