package carma.optimization.geometric;

import carma.optimization.instance.AccessLink;
import carma.optimization.instance.FairMeshInstance;
import carma.optimization.instance.InstanceValidator;
import carma.optimization.instance.MeshAccessPoint;
import carma.optimization.instance.MeshLink;
import carma.optimization.instance.TwoHopInterference;
import java.util.ArrayList;
import java.util.List;

/**
 * Derives the explicit instance: an access link u–m wherever the rate table gives a positive rate,
 * a mesh link in both directions between MAPs in range of each other (same radio on both ends, so
 * symmetric rates), collision domains by the two-hop model.
 */
public final class GeometricDerivation {
    private GeometricDerivation() {}

    public static FairMeshInstance toExplicit(GeometricInstance geometric) {
        RadioParameters radio = geometric.radio();
        List<MeshAccessPoint> maps = new ArrayList<>();
        for (PlacedMap map : geometric.maps()) {
            maps.add(map.gateway() ? MeshAccessPoint.gateway(map.id(), map.uplinkBps())
                    : MeshAccessPoint.relay(map.id()));
        }
        List<AccessLink> access = new ArrayList<>();
        List<String> users = new ArrayList<>();
        for (PlacedUser user : geometric.users()) {
            users.add(user.id());
            for (PlacedMap map : geometric.maps()) {
                double rate = radio.rateBps(map.distanceM(user.xM(), user.yM()));
                if (rate > 0) {
                    access.add(new AccessLink(user.id(), map.id(), rate));
                }
            }
        }
        List<MeshLink> mesh = new ArrayList<>();
        for (PlacedMap a : geometric.maps()) {
            for (PlacedMap b : geometric.maps()) {
                if (a != b) {
                    double rate = radio.rateBps(a.distanceM(b.xM(), b.yM()));
                    if (rate > 0) {
                        mesh.add(new MeshLink(a.id(), b.id(), rate));
                    }
                }
            }
        }
        return InstanceValidator.validate(new FairMeshInstance(geometric.routing(), geometric.epsilon(), users,
                maps, access, mesh, TwoHopInterference.derive(mesh)));
    }
}
