package carma.optimization;

import carma.optimization.instance.AccessLink;
import carma.optimization.instance.FairMeshInstance;
import carma.optimization.instance.InstanceValidator;
import carma.optimization.instance.MeshAccessPoint;
import carma.optimization.instance.MeshLink;
import carma.optimization.instance.RoutingMode;
import carma.optimization.instance.TwoHopInterference;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Small random explicit instances for brute-force tests: a few users and MAPs, random 802.11a/g
 * rates, a random connected mesh (each MAP gets at least one link towards an earlier MAP, so all
 * reach gateway m1), two-hop collision domains.
 */
final class TinyInstances {
    private static final double[] RATES_MBPS = {5.4, 7.7, 10.0, 14.1, 17.6, 23.6, 28.2, 30.5};

    private TinyInstances() {}

    static FairMeshInstance random(long seed, int users, int maps, int gateways, RoutingMode routing) {
        SplittableRandom random = new SplittableRandom(seed);
        List<MeshAccessPoint> mapList = new ArrayList<>();
        for (int m = 1; m <= maps; m++) {
            mapList.add(m <= gateways ? MeshAccessPoint.gateway("m" + m, (5 + random.nextInt(30)) * 1e6)
                    : MeshAccessPoint.relay("m" + m));
        }
        List<MeshLink> links = new ArrayList<>();
        for (int m = 2; m <= maps; m++) {
            int parent = 1 + random.nextInt(m - 1);
            double rate = rate(random);
            links.add(new MeshLink("m" + m, "m" + parent, rate));
            links.add(new MeshLink("m" + parent, "m" + m, rate));
        }
        for (int extra = 0; extra < maps / 2; extra++) {
            int a = 1 + random.nextInt(maps);
            int b = 1 + random.nextInt(maps);
            if (a != b && links.stream().noneMatch(l -> l.from().equals("m" + a) && l.to().equals("m" + b))) {
                double rate = rate(random);
                links.add(new MeshLink("m" + a, "m" + b, rate));
                links.add(new MeshLink("m" + b, "m" + a, rate));
            }
        }
        List<String> userList = new ArrayList<>();
        List<AccessLink> access = new ArrayList<>();
        for (int u = 1; u <= users; u++) {
            userList.add("u" + u);
            int inRange = 1 + random.nextInt(Math.min(3, maps));
            List<Integer> chosen = new ArrayList<>();
            while (chosen.size() < inRange) {
                int m = 1 + random.nextInt(maps);
                if (!chosen.contains(m)) {
                    chosen.add(m);
                    access.add(new AccessLink("u" + u, "m" + m, rate(random)));
                }
            }
        }
        return InstanceValidator.validate(new FairMeshInstance(routing, 0.0, userList, mapList, access, links,
                TwoHopInterference.derive(links)));
    }

    private static double rate(SplittableRandom random) {
        return RATES_MBPS[random.nextInt(RATES_MBPS.length)] * 1e6;
    }
}
