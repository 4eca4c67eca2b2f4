package carma.optimization.generator;

import carma.optimization.instance.RoutingMode;

/**
 * Parameters of a random instance (fair-mesh.md §A.3, reconstructed defaults): MAPs on a square grid
 * (or uniform in the same square), gateways at the corners (or centre, or random), users uniform
 * over the covered square plus half a grid spacing, or clustered around hotspots; log-distance path
 * loss and the 802.11a/g MAC rate table.
 */
public record GeneratorSpec(int userCount, int mapCount, MapPlacement mapPlacement, double gridSpacingM,
        int gatewayCount, GatewayPlacement gatewayPlacement, double uplinkBps, UserPlacement userPlacement,
        int hotspotCount, double hotspotRadiusM, double pathLossExponent, RoutingMode routing, double epsilon) {
    public enum MapPlacement {
        GRID,
        RANDOM
    }

    public enum GatewayPlacement {
        CORNERS,
        CENTRE,
        RANDOM
    }

    public enum UserPlacement {
        UNIFORM,
        HOTSPOTS
    }

    public GeneratorSpec {
        if (userCount < 1 || mapCount < 1 || gatewayCount < 1 || gatewayCount > mapCount) {
            throw new IllegalArgumentException("generator: need users >= 1, MAPs >= 1, 1 <= gateways <= MAPs");
        }
        if (!(gridSpacingM > 0) || !(uplinkBps > 0) || !(pathLossExponent > 0)) {
            throw new IllegalArgumentException("generator: spacing, uplink and path-loss exponent must be > 0");
        }
        if (userPlacement == UserPlacement.HOTSPOTS && (hotspotCount < 1 || !(hotspotRadiusM > 0))) {
            throw new IllegalArgumentException("generator: hotspots need a count >= 1 and a radius > 0");
        }
    }

    /**
     * Defaults: grid with 80 m spacing, gateways at the corners with 20 Mbit/s uplinks, uniform users,
     * n = 3.0, single-path routing, ε = 0.
     */
    public static GeneratorSpec defaults(int userCount, int mapCount, int gatewayCount) {
        return builder(userCount, mapCount, gatewayCount).build();
    }

    /** A builder holding the defaults of {@link #defaults}. */
    public static Builder builder(int userCount, int mapCount, int gatewayCount) {
        return new Builder()
                .userCount(userCount)
                .mapCount(mapCount)
                .mapPlacement(MapPlacement.GRID)
                .gridSpacingM(80.0)
                .gatewayCount(gatewayCount)
                .gatewayPlacement(GatewayPlacement.CORNERS)
                .uplinkBps(20e6)
                .userPlacement(UserPlacement.UNIFORM)
                .hotspotCount(3)
                .hotspotRadiusM(40.0)
                .pathLossExponent(3.0)
                .routing(RoutingMode.SINGLE_PATH)
                .epsilon(0.0);
    }

    public GeneratorSpec withRouting(RoutingMode newRouting) {
        return toBuilder().routing(newRouting).build();
    }

    public GeneratorSpec withUsers(UserPlacement placement, int hotspots, double radiusM) {
        return toBuilder().userPlacement(placement).hotspotCount(hotspots).hotspotRadiusM(radiusM).build();
    }

    public GeneratorSpec withMaps(MapPlacement placement, GatewayPlacement gateways) {
        return toBuilder().mapPlacement(placement).gatewayPlacement(gateways).build();
    }

    public GeneratorSpec withUplinkBps(double newUplinkBps) {
        return toBuilder().uplinkBps(newUplinkBps).build();
    }

    /** A builder preset to this record's values. */
    public Builder toBuilder() {
        return new Builder()
                .userCount(userCount)
                .mapCount(mapCount)
                .mapPlacement(mapPlacement)
                .gridSpacingM(gridSpacingM)
                .gatewayCount(gatewayCount)
                .gatewayPlacement(gatewayPlacement)
                .uplinkBps(uplinkBps)
                .userPlacement(userPlacement)
                .hotspotCount(hotspotCount)
                .hotspotRadiusM(hotspotRadiusM)
                .pathLossExponent(pathLossExponent)
                .routing(routing)
                .epsilon(epsilon);
    }

    /** Named construction of a {@link GeneratorSpec}; every component is set by name. */
    public static final class Builder {
        private int userCount;
        private int mapCount;
        private MapPlacement mapPlacement;
        private double gridSpacingM;
        private int gatewayCount;
        private GatewayPlacement gatewayPlacement;
        private double uplinkBps;
        private UserPlacement userPlacement;
        private int hotspotCount;
        private double hotspotRadiusM;
        private double pathLossExponent;
        private RoutingMode routing;
        private double epsilon;

        private Builder() {}

        public Builder userCount(int value) {
            this.userCount = value;
            return this;
        }

        public Builder mapCount(int value) {
            this.mapCount = value;
            return this;
        }

        public Builder mapPlacement(MapPlacement value) {
            this.mapPlacement = value;
            return this;
        }

        public Builder gridSpacingM(double value) {
            this.gridSpacingM = value;
            return this;
        }

        public Builder gatewayCount(int value) {
            this.gatewayCount = value;
            return this;
        }

        public Builder gatewayPlacement(GatewayPlacement value) {
            this.gatewayPlacement = value;
            return this;
        }

        public Builder uplinkBps(double value) {
            this.uplinkBps = value;
            return this;
        }

        public Builder userPlacement(UserPlacement value) {
            this.userPlacement = value;
            return this;
        }

        public Builder hotspotCount(int value) {
            this.hotspotCount = value;
            return this;
        }

        public Builder hotspotRadiusM(double value) {
            this.hotspotRadiusM = value;
            return this;
        }

        public Builder pathLossExponent(double value) {
            this.pathLossExponent = value;
            return this;
        }

        public Builder routing(RoutingMode value) {
            this.routing = value;
            return this;
        }

        public Builder epsilon(double value) {
            this.epsilon = value;
            return this;
        }

        public GeneratorSpec build() {
            return new GeneratorSpec(userCount, mapCount, mapPlacement, gridSpacingM, gatewayCount, gatewayPlacement,
                    uplinkBps, userPlacement, hotspotCount, hotspotRadiusM, pathLossExponent, routing, epsilon);
        }
    }
}
