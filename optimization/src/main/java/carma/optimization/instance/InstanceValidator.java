package carma.optimization.instance;

import static carma.optimization.instance.InvalidInstanceException.shortened;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks an instance and rejects it with an {@link InvalidInstanceException} naming the offending
 * element: unknown ids, duplicates, non-positive or non-finite rates, a user with no MAP in range, a
 * user from whose MAPs no gateway is reachable, collision domains that do not contain their link.
 */
public final class InstanceValidator {
    /**
     * Smallest rate of any link or uplink, in bit/s: rates span at most 12 decades, so every ratio the
     * solvers form stays far from denormal numbers and overflow.
     */
    public static final double MIN_RATE_BPS = 1.0;
    /** Largest rate of any link or uplink, in bit/s (1 Tbit/s). */
    public static final double MAX_RATE_BPS = 1e12;

    private InstanceValidator() {}

    /** Returns the instance unchanged when it is valid. */
    public static FairMeshInstance validate(FairMeshInstance instance) {
        if (instance.routing() == null) {
            throw new InvalidInstanceException("routing is missing (expected multi-path or single-path)");
        }
        if (!(instance.epsilon() >= 0.0 && instance.epsilon() < 1.0)) {
            throw new InvalidInstanceException("epsilon must be in [0, 1), got " + instance.epsilon());
        }
        Set<String> users = checkUsers(instance.users());
        Map<String, MeshAccessPoint> maps = checkMaps(instance.maps());
        Map<String, List<String>> mapsOfUser = checkAccessLinks(instance.accessLinks(), users, maps.keySet());
        Set<LinkRef> links = checkMeshLinks(instance.meshLinks(), maps.keySet());
        checkDomains(instance.collisionDomains(), links);
        checkReachability(instance, mapsOfUser, maps);
        return instance;
    }

    private static Set<String> checkUsers(List<String> users) {
        if (users.isEmpty()) {
            throw new InvalidInstanceException("users: the instance has no users");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < users.size(); i++) {
            String id = users.get(i);
            if (id == null || id.isBlank()) {
                throw new InvalidInstanceException("users[" + i + "]: empty user id");
            }
            if (!seen.add(id)) {
                throw new InvalidInstanceException("users[" + i + "]: duplicate user id '" + shortened(id) + "'");
            }
        }
        return seen;
    }

    private static Map<String, MeshAccessPoint> checkMaps(List<MeshAccessPoint> maps) {
        if (maps.isEmpty()) {
            throw new InvalidInstanceException("maps: the instance has no MAPs");
        }
        Map<String, MeshAccessPoint> byId = new HashMap<>();
        boolean anyGateway = false;
        for (int i = 0; i < maps.size(); i++) {
            MeshAccessPoint map = maps.get(i);
            String where = "maps[" + i + "] (" + shortened(map.id()) + ")";
            if (map.id() == null || map.id().isBlank()) {
                throw new InvalidInstanceException("maps[" + i + "]: empty MAP id");
            }
            if (byId.put(map.id(), map) != null) {
                throw new InvalidInstanceException(where + ": duplicate MAP id '" + shortened(map.id()) + "'");
            }
            if (map.gateway() && !rateInRange(map.uplinkBps())) {
                throw new InvalidInstanceException(where + ": gateway needs uplinkBps in [1, 1e12] bit/s, got "
                        + map.uplinkBps());
            }
            if (!map.gateway() && map.uplinkBps() != 0.0) {
                throw new InvalidInstanceException(where + ": uplinkBps given for a MAP that is not a gateway");
            }
            anyGateway |= map.gateway();
        }
        if (!anyGateway) {
            throw new InvalidInstanceException("maps: no gateway MAP (at least one needs \"gateway\": true)");
        }
        return byId;
    }

    private static Map<String, List<String>> checkAccessLinks(List<AccessLink> links, Set<String> users,
            Set<String> maps) {
        Map<String, List<String>> mapsOfUser = new HashMap<>();
        Set<String> pairs = new HashSet<>();
        for (int i = 0; i < links.size(); i++) {
            AccessLink link = links.get(i);
            String where = "accessLinks[" + i + "] (" + shortened(link.user()) + "-" + shortened(link.map()) + ")";
            if (!users.contains(link.user())) {
                throw new InvalidInstanceException(where + ": unknown user '" + shortened(link.user()) + "'");
            }
            if (!maps.contains(link.map())) {
                throw new InvalidInstanceException(where + ": unknown MAP '" + shortened(link.map()) + "'");
            }
            checkRate(where, link.rateBps());
            if (!pairs.add(link.user() + "\u0000" + link.map())) {
                throw new InvalidInstanceException(where + ": duplicate access link");
            }
            mapsOfUser.computeIfAbsent(link.user(), k -> new ArrayList<>()).add(link.map());
        }
        return mapsOfUser;
    }

    private static Set<LinkRef> checkMeshLinks(List<MeshLink> links, Set<String> maps) {
        Set<LinkRef> refs = new HashSet<>();
        for (int i = 0; i < links.size(); i++) {
            MeshLink link = links.get(i);
            String where = "meshLinks[" + i + "] (" + shortened(link.toString()) + ")";
            if (!maps.contains(link.from())) {
                throw new InvalidInstanceException(where + ": unknown MAP '" + shortened(link.from()) + "'");
            }
            if (!maps.contains(link.to())) {
                throw new InvalidInstanceException(where + ": unknown MAP '" + shortened(link.to()) + "'");
            }
            if (link.from().equals(link.to())) {
                throw new InvalidInstanceException(where + ": a mesh link cannot be a self-loop");
            }
            checkRate(where, link.rateBps());
            if (!refs.add(link.ref())) {
                throw new InvalidInstanceException(where + ": duplicate mesh link");
            }
        }
        return refs;
    }

    private static void checkRate(String where, double rateBps) {
        if (!rateInRange(rateBps)) {
            throw new InvalidInstanceException(where + ": rateBps must be in [1, 1e12] bit/s, got " + rateBps);
        }
    }

    private static boolean rateInRange(double rateBps) {
        return rateBps >= MIN_RATE_BPS && rateBps <= MAX_RATE_BPS;
    }

    private static void checkDomains(List<CollisionDomain> domains, Set<LinkRef> links) {
        Set<LinkRef> covered = new HashSet<>();
        for (int i = 0; i < domains.size(); i++) {
            CollisionDomain domain = domains.get(i);
            String where = "collisionDomains[" + i + "] (" + shortened(domain.link().toString()) + ")";
            if (!links.contains(domain.link())) {
                throw new InvalidInstanceException(where + ": unknown mesh link " + shortened(domain.link().toString()));
            }
            if (!covered.add(domain.link())) {
                throw new InvalidInstanceException(where + ": second collision domain for the same link");
            }
            for (LinkRef other : domain.interferes()) {
                if (!links.contains(other)) {
                    throw new InvalidInstanceException(where + ": interferes with unknown mesh link " + shortened(other.toString()));
                }
            }
            if (!domain.interferes().contains(domain.link())) {
                throw new InvalidInstanceException(where + ": I(e) must contain the link itself");
            }
        }
        for (LinkRef link : links) {
            if (!covered.contains(link)) {
                throw new InvalidInstanceException("collisionDomains: no collision domain for mesh link " + shortened(link.toString())
                        + " (give one per link, or omit collisionDomains to derive them)");
            }
        }
    }

    private static void checkReachability(FairMeshInstance instance, Map<String, List<String>> mapsOfUser,
            Map<String, MeshAccessPoint> maps) {
        Set<String> reaching = mapsReachingAGateway(instance, maps);
        for (String user : instance.users()) {
            List<String> inRange = mapsOfUser.get(user);
            if (inRange == null) {
                throw new InvalidInstanceException("user '" + shortened(user) + "' has no MAP in range (no access link)");
            }
            if (inRange.stream().noneMatch(reaching::contains)) {
                throw new InvalidInstanceException("user '" + shortened(user) + "': no gateway reachable from its MAPs "
                        + shortened(String.join(", ", inRange)));
            }
        }
    }

    private static Set<String> mapsReachingAGateway(FairMeshInstance instance, Map<String, MeshAccessPoint> maps) {
        Map<String, List<String>> predecessors = new HashMap<>();
        for (MeshLink link : instance.meshLinks()) {
            predecessors.computeIfAbsent(link.to(), k -> new ArrayList<>()).add(link.from());
        }
        Set<String> reached = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>();
        for (MeshAccessPoint map : maps.values()) {
            if (map.gateway()) {
                reached.add(map.id());
                queue.add(map.id());
            }
        }
        while (!queue.isEmpty()) {
            for (String previous : predecessors.getOrDefault(queue.poll(), List.of())) {
                if (reached.add(previous)) {
                    queue.add(previous);
                }
            }
        }
        return reached;
    }
}
