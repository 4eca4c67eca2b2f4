package carma.optimization.generator;

import carma.kernel.random.RandomStream;
import carma.kernel.random.RandomStreams;
import carma.optimization.geometric.GeometricDerivation;
import carma.optimization.geometric.GeometricInstance;
import carma.optimization.geometric.PlacedMap;
import carma.optimization.geometric.PlacedUser;
import carma.optimization.geometric.RadioParameters;
import carma.optimization.instance.FairMeshInstance;
import java.util.ArrayList;
import java.util.List;

/**
 * Seeded random instances following {@link GeneratorSpec}. Each placement step draws from its own
 * kernel {@link RandomStreams} stream derived from (seed, stable name: {@code
 * optimization.generator.maps}, {@code .gateways}, {@code .users}), so changing the user count does
 * not move the MAPs. Users
 * out of range of every MAP and random MAP layouts whose mesh leaves a MAP without a gateway are
 * redrawn.
 */
public final class RandomInstanceGenerator {
    private static final int MAX_DRAWS = 10_000;

    private RandomInstanceGenerator() {}

    public static FairMeshInstance explicit(GeneratorSpec spec, long seed) {
        return GeometricDerivation.toExplicit(geometric(spec, seed));
    }

    public static GeometricInstance geometric(GeneratorSpec spec, long seed) {
        RadioParameters radio = RadioParameters.defaults(spec.pathLossExponent());
        RandomStreams streams = new RandomStreams(seed);
        int side = (int) Math.ceil(Math.sqrt(spec.mapCount()));
        double spanM = (side - 1) * spec.gridSpacingM();
        List<double[]> positions = spec.mapPlacement() == GeneratorSpec.MapPlacement.GRID ? grid(spec, side)
                : connectedRandom(spec, spanM, radio, streams.stream("optimization.generator.maps"));
        List<Integer> gateways = GatewayChoice.choose(spec, positions, spanM,
                streams.stream("optimization.generator.gateways"));
        List<PlacedMap> maps = new ArrayList<>();
        for (int m = 0; m < positions.size(); m++) {
            boolean gw = gateways.contains(m);
            maps.add(new PlacedMap("m" + (m + 1), positions.get(m)[0], positions.get(m)[1], gw,
                    gw ? spec.uplinkBps() : 0.0));
        }
        List<PlacedUser> users = users(spec, spanM, maps, radio, streams.stream("optimization.generator.users"));
        return new GeometricInstance(spec.routing(), spec.epsilon(), radio, maps, users);
    }

    private static List<double[]> grid(GeneratorSpec spec, int side) {
        List<double[]> positions = new ArrayList<>();
        for (int m = 0; m < spec.mapCount(); m++) {
            positions.add(new double[] {(m % side) * spec.gridSpacingM(), (m / side) * spec.gridSpacingM()});
        }
        return positions;
    }

    private static List<double[]> connectedRandom(GeneratorSpec spec, double spanM, RadioParameters radio,
            RandomStream random) {
        for (int draw = 0; draw < MAX_DRAWS; draw++) {
            List<double[]> positions = new ArrayList<>();
            for (int m = 0; m < spec.mapCount(); m++) {
                positions.add(new double[] {random.nextDouble() * spanM, random.nextDouble() * spanM});
            }
            if (MeshConnectivity.connected(positions, radio)) {
                return positions;
            }
        }
        throw new IllegalArgumentException("generator: no connected random MAP layout found; "
                + "reduce the grid spacing or the path-loss exponent");
    }

    private static List<PlacedUser> users(GeneratorSpec spec, double spanM, List<PlacedMap> maps,
            RadioParameters radio, RandomStream random) {
        double margin = spec.gridSpacingM() / 2;
        List<double[]> hotspots = new ArrayList<>();
        for (int h = 0; h < spec.hotspotCount(); h++) {
            hotspots.add(new double[] {random.nextDouble() * spanM, random.nextDouble() * spanM});
        }
        List<PlacedUser> users = new ArrayList<>();
        for (int u = 0; u < spec.userCount(); u++) {
            double[] p = null;
            for (int draw = 0; draw < MAX_DRAWS && p == null; draw++) {
                double[] candidate = spec.userPlacement() == GeneratorSpec.UserPlacement.UNIFORM
                        ? new double[] {-margin + random.nextDouble() * (spanM + 2 * margin),
                                -margin + random.nextDouble() * (spanM + 2 * margin)}
                        : nearHotspot(spec, hotspots.get(random.nextInt(hotspots.size())), random);
                if (inRange(candidate, maps, radio)) {
                    p = candidate;
                }
            }
            if (p == null) {
                throw new IllegalArgumentException("generator: cannot place user " + (u + 1) + " in range of a MAP");
            }
            users.add(new PlacedUser("u" + (u + 1), p[0], p[1]));
        }
        return users;
    }

    private static double[] nearHotspot(GeneratorSpec spec, double[] centre, RandomStream random) {
        double r = spec.hotspotRadiusM() * Math.sqrt(random.nextDouble());
        double a = 2 * Math.PI * random.nextDouble();
        return new double[] {centre[0] + r * Math.cos(a), centre[1] + r * Math.sin(a)};
    }

    private static boolean inRange(double[] p, List<PlacedMap> maps, RadioParameters radio) {
        for (PlacedMap map : maps) {
            if (radio.rateBps(map.distanceM(p[0], p[1])) > 0) {
                return true;
            }
        }
        return false;
    }
}
