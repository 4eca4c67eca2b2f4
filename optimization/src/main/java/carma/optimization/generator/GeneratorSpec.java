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
        return new GeneratorSpec(userCount, mapCount, MapPlacement.GRID, 80.0, gatewayCount,
                GatewayPlacement.CORNERS, 20e6, UserPlacement.UNIFORM, 3, 40.0, 3.0, RoutingMode.SINGLE_PATH, 0.0);
    }

    public GeneratorSpec withRouting(RoutingMode newRouting) {
        return new GeneratorSpec(userCount, mapCount, mapPlacement, gridSpacingM, gatewayCount, gatewayPlacement,
                uplinkBps, userPlacement, hotspotCount, hotspotRadiusM, pathLossExponent, newRouting, epsilon);
    }

    public GeneratorSpec withUsers(UserPlacement placement, int hotspots, double radiusM) {
        return new GeneratorSpec(userCount, mapCount, mapPlacement, gridSpacingM, gatewayCount, gatewayPlacement,
                uplinkBps, placement, hotspots, radiusM, pathLossExponent, routing, epsilon);
    }

    public GeneratorSpec withMaps(MapPlacement placement, GatewayPlacement gateways) {
        return new GeneratorSpec(userCount, mapCount, placement, gridSpacingM, gatewayCount, gateways, uplinkBps,
                userPlacement, hotspotCount, hotspotRadiusM, pathLossExponent, routing, epsilon);
    }

    public GeneratorSpec withUplinkBps(double newUplinkBps) {
        return new GeneratorSpec(userCount, mapCount, mapPlacement, gridSpacingM, gatewayCount, gatewayPlacement,
                newUplinkBps, userPlacement, hotspotCount, hotspotRadiusM, pathLossExponent, routing, epsilon);
    }
}
