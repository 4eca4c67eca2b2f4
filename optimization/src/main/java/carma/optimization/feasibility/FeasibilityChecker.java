package carma.optimization.feasibility;

import carma.optimization.instance.AccessLink;
import carma.optimization.instance.CollisionDomain;
import carma.optimization.instance.FairMeshInstance;
import carma.optimization.instance.LinkRef;
import carma.optimization.instance.MeshAccessPoint;
import carma.optimization.instance.MeshLink;
import carma.optimization.instance.RoutingMode;
import carma.optimization.solution.FairMeshResult;
import carma.optimization.solution.GatewayFlow;
import carma.optimization.solution.LinkFlow;
import carma.optimization.solution.UserRate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a result against every constraint of the MILP (1)–(7), and (8a)–(8c) for single-path
 * instances, working only from the instance and result records (ids, not the solvers' indices), so
 * that it shares no code with the methods it checks. Setting x_um from the association, y_um = d_u
 * for the chosen MAP, t = minRateBps, f_e and g_m from the result.
 *
 * <p>Tolerances: airtime sums within 1e-6 (relative to 1 − ε); flow balances and capacities within
 * 1e-6 relative to the largest term (1 bit/s at least).
 */
public final class FeasibilityChecker {
    private static final double AIRTIME_TOL = 1e-6;
    private static final double REL_TOL = 1e-6;

    private FeasibilityChecker() {}

    /** The list of violated constraints, each as one readable line; empty when feasible. */
    public static List<String> violations(FairMeshInstance instance, FairMeshResult result) {
        List<String> out = new ArrayList<>();
        Map<String, Double> accessRate = new HashMap<>();
        for (AccessLink link : instance.accessLinks()) {
            accessRate.put(link.user() + "\u0000" + link.map(), link.rateBps());
        }
        Map<String, Double> inflowFromUsers = checkUsers(instance, result, accessRate, out);
        Map<LinkRef, Double> flows = checkLinkFlows(instance, result, out);
        Map<String, Double> gatewayFlows = checkGatewayFlows(instance, result, out);
        checkConservation(instance, inflowFromUsers, flows, gatewayFlows, out);
        checkDomains(instance, flows, out);
        if (instance.routing() == RoutingMode.SINGLE_PATH) {
            checkSinglePath(instance, flows, out);
        }
        return out;
    }

    private static Map<String, Double> checkUsers(FairMeshInstance instance, FairMeshResult result,
            Map<String, Double> accessRate, List<String> out) {
        Map<String, Double> inflow = new HashMap<>();
        Map<String, Double> airtime = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (UserRate user : result.users()) {
            if (!seen.add(user.id())) {
                out.add("(1) user " + user.id() + " is associated more than once");
                continue;
            }
            Double rate = accessRate.get(user.id() + "\u0000" + user.map());
            if (rate == null) {
                out.add("(1) user " + user.id() + " is associated with MAP " + user.map() + ", not in range");
                continue;
            }
            if (!(user.rateBps() >= 0) || user.rateBps() > rate * (1 + REL_TOL)) {
                out.add("(2) user " + user.id() + " rate " + user.rateBps() + " outside [0, r_um = " + rate + "]");
            }
            if (user.rateBps() < result.minRateBps() * (1 - REL_TOL) - 1e-9) {
                out.add("(3) user " + user.id() + " rate " + user.rateBps() + " below t = " + result.minRateBps());
            }
            inflow.merge(user.map(), user.rateBps(), Double::sum);
            airtime.merge(user.map(), user.rateBps() / rate, Double::sum);
        }
        for (String user : instance.users()) {
            if (!seen.contains(user)) {
                out.add("(1) user " + user + " is not associated");
            }
        }
        double capacity = 1.0 - instance.epsilon();
        airtime.forEach((map, used) -> {
            if (used > capacity + AIRTIME_TOL) {
                out.add("(4) access airtime of MAP " + map + " is " + used + " > 1 - eps = " + capacity);
            }
        });
        return inflow;
    }

    private static Map<LinkRef, Double> checkLinkFlows(FairMeshInstance instance, FairMeshResult result,
            List<String> out) {
        Set<LinkRef> links = new HashSet<>();
        instance.meshLinks().forEach(l -> links.add(l.ref()));
        Map<LinkRef, Double> flows = new HashMap<>();
        for (LinkFlow flow : result.linkFlows()) {
            LinkRef ref = new LinkRef(flow.from(), flow.to());
            if (!links.contains(ref)) {
                out.add("flow on " + ref + ", which is not a mesh link");
            } else if (!(flow.flowBps() >= 0)) {
                out.add("negative flow " + flow.flowBps() + " on " + ref);
            } else if (flows.put(ref, flow.flowBps()) != null) {
                out.add("two flows given for link " + ref);
            }
        }
        return flows;
    }

    private static Map<String, Double> checkGatewayFlows(FairMeshInstance instance, FairMeshResult result,
            List<String> out) {
        Map<String, MeshAccessPoint> maps = new HashMap<>();
        instance.maps().forEach(m -> maps.put(m.id(), m));
        Map<String, Double> flows = new HashMap<>();
        for (GatewayFlow flow : result.gatewayFlows()) {
            MeshAccessPoint map = maps.get(flow.map());
            if (map == null || (!map.gateway() && Math.abs(flow.flowBps()) > 1e-6)) {
                out.add("(5) uplink flow at " + flow.map() + ", which is not a gateway");
            } else if (!(flow.flowBps() >= 0)) {
                out.add("negative gateway flow " + flow.flowBps() + " at " + flow.map());
            } else if (flow.flowBps() > map.uplinkBps() * (1 + REL_TOL)) {
                out.add("(6) gateway " + flow.map() + " sends " + flow.flowBps() + " > C = " + map.uplinkBps());
            }
            flows.merge(flow.map(), flow.flowBps(), Double::sum);
        }
        return flows;
    }

    private static void checkConservation(FairMeshInstance instance, Map<String, Double> inflowFromUsers,
            Map<LinkRef, Double> flows, Map<String, Double> gatewayFlows, List<String> out) {
        Map<String, Double> in = new HashMap<>();
        Map<String, Double> outFlow = new HashMap<>();
        for (MeshLink link : instance.meshLinks()) {
            double f = flows.getOrDefault(link.ref(), 0.0);
            outFlow.merge(link.from(), f, Double::sum);
            in.merge(link.to(), f, Double::sum);
        }
        for (MeshAccessPoint map : instance.maps()) {
            double lhs = inflowFromUsers.getOrDefault(map.id(), 0.0) + in.getOrDefault(map.id(), 0.0);
            double rhs = outFlow.getOrDefault(map.id(), 0.0) + gatewayFlows.getOrDefault(map.id(), 0.0);
            if (Math.abs(lhs - rhs) > REL_TOL * Math.max(1.0, Math.max(lhs, rhs))) {
                out.add("(5) flow conservation at " + map.id() + ": in " + lhs + " != out " + rhs);
            }
        }
    }

    private static void checkDomains(FairMeshInstance instance, Map<LinkRef, Double> flows, List<String> out) {
        Map<LinkRef, Double> rates = new HashMap<>();
        instance.meshLinks().forEach(l -> rates.put(l.ref(), l.rateBps()));
        double capacity = 1.0 - instance.epsilon();
        for (CollisionDomain domain : instance.collisionDomains()) {
            double airtime = 0;
            for (LinkRef link : domain.interferes()) {
                airtime += flows.getOrDefault(link, 0.0) / rates.get(link);
            }
            if (airtime > capacity + AIRTIME_TOL) {
                out.add("(7) collision domain of " + domain.link() + " airtime " + airtime + " > " + capacity);
            }
        }
    }

    private static void checkSinglePath(FairMeshInstance instance, Map<LinkRef, Double> flows, List<String> out) {
        Map<String, Boolean> gateway = new HashMap<>();
        instance.maps().forEach(m -> gateway.put(m.id(), m.gateway()));
        Map<String, Integer> usedOut = new HashMap<>();
        for (MeshLink link : instance.meshLinks()) {
            if (flows.getOrDefault(link.ref(), 0.0) > 1e-3) {
                if (gateway.get(link.from())) {
                    out.add("(8c) gateway " + link.from() + " forwards into the mesh on " + link.ref());
                }
                usedOut.merge(link.from(), 1, Integer::sum);
            }
        }
        usedOut.forEach((map, count) -> {
            if (count > 1 && !gateway.get(map)) {
                out.add("(8b) MAP " + map + " uses " + count + " next hops on single-path routing");
            }
        });
    }
}
