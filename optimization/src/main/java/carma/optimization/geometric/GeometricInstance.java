package carma.optimization.geometric;

import carma.optimization.instance.RoutingMode;
import java.util.List;

/** An instance given by positions and radio parameters; {@link GeometricDerivation} makes it explicit. */
public record GeometricInstance(RoutingMode routing, double epsilon, RadioParameters radio, List<PlacedMap> maps,
        List<PlacedUser> users) {
    public GeometricInstance {
        maps = List.copyOf(maps);
        users = List.copyOf(users);
    }
}
