package carma.optimization.instance;

import carma.kernel.graph.Digraph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An index-based, read-only view of a validated {@link FairMeshInstance} for the algorithms: users,
 * MAPs and mesh links are numbered in instance order; all lookups are arrays.
 */
public final class IndexedInstance {
    private final FairMeshInstance instance;
    private final Map<String, Integer> mapIndex = new HashMap<>();
    private final Map<LinkRef, Integer> linkIndex = new HashMap<>();
    private final int[][] userMaps;
    private final double[][] userRatesBps;
    private final int[] linkFrom;
    private final int[] linkTo;
    private final double[] linkRateBps;
    private final int[][] outLinks;
    private final int[][] inLinks;
    private final int[][] domain;
    private final int[][] domainsContaining;
    private final Digraph towardsGateways;

    public IndexedInstance(FairMeshInstance instance) {
        this.instance = instance;
        for (int m = 0; m < instance.maps().size(); m++) {
            mapIndex.put(instance.maps().get(m).id(), m);
        }
        int links = instance.meshLinks().size();
        linkFrom = new int[links];
        linkTo = new int[links];
        linkRateBps = new double[links];
        for (int e = 0; e < links; e++) {
            MeshLink link = instance.meshLinks().get(e);
            linkIndex.put(link.ref(), e);
            linkFrom[e] = mapIndex.get(link.from());
            linkTo[e] = mapIndex.get(link.to());
            linkRateBps[e] = link.rateBps();
        }
        userMaps = new int[instance.users().size()][];
        userRatesBps = new double[instance.users().size()][];
        indexAccessLinks();
        outLinks = adjacency(linkFrom);
        inLinks = adjacency(linkTo);
        domain = new int[links][];
        domainsContaining = indexDomains();
        towardsGateways = Digraph.of(mapCount(), linkTo, linkFrom);
    }

    private void indexAccessLinks() {
        Map<String, Integer> userIndex = new HashMap<>();
        for (int u = 0; u < instance.users().size(); u++) {
            userIndex.put(instance.users().get(u), u);
        }
        List<List<AccessLink>> perUser = new ArrayList<>();
        for (int u = 0; u < instance.users().size(); u++) {
            perUser.add(new ArrayList<>());
        }
        for (AccessLink link : instance.accessLinks()) {
            perUser.get(userIndex.get(link.user())).add(link);
        }
        for (int u = 0; u < perUser.size(); u++) {
            List<AccessLink> list = perUser.get(u);
            userMaps[u] = new int[list.size()];
            userRatesBps[u] = new double[list.size()];
            for (int k = 0; k < list.size(); k++) {
                userMaps[u][k] = mapIndex.get(list.get(k).map());
                userRatesBps[u][k] = list.get(k).rateBps();
            }
        }
    }

    private int[][] adjacency(int[] endpoint) {
        int[] count = new int[mapCount()];
        for (int m : endpoint) {
            count[m]++;
        }
        int[][] result = new int[mapCount()][];
        for (int m = 0; m < mapCount(); m++) {
            result[m] = new int[count[m]];
            count[m] = 0;
        }
        for (int e = 0; e < endpoint.length; e++) {
            result[endpoint[e]][count[endpoint[e]]++] = e;
        }
        return result;
    }

    private int[][] indexDomains() {
        List<List<Integer>> containing = new ArrayList<>();
        for (int e = 0; e < linkCount(); e++) {
            containing.add(new ArrayList<>());
        }
        for (CollisionDomain cd : instance.collisionDomains()) {
            int owner = linkIndex.get(cd.link());
            domain[owner] = cd.interferes().stream().mapToInt(linkIndex::get).toArray();
            for (int member : domain[owner]) {
                containing.get(member).add(owner);
            }
        }
        int[][] result = new int[linkCount()][];
        for (int e = 0; e < linkCount(); e++) {
            result[e] = containing.get(e).stream().mapToInt(Integer::intValue).toArray();
        }
        return result;
    }

    public FairMeshInstance instance() {
        return instance;
    }

    public int userCount() {
        return userMaps.length;
    }

    public int mapCount() {
        return instance.maps().size();
    }

    public int linkCount() {
        return linkFrom.length;
    }

    public String userId(int u) {
        return instance.users().get(u);
    }

    public String mapId(int m) {
        return instance.maps().get(m).id();
    }

    public int mapIndex(String id) {
        Integer m = mapIndex.get(id);
        if (m == null) {
            throw new IllegalArgumentException("unknown MAP '" + id + "'");
        }
        return m;
    }

    /** Index of link from→to, or -1. */
    public int linkIndex(String from, String to) {
        return linkIndex.getOrDefault(new LinkRef(from, to), -1);
    }

    public boolean isGateway(int m) {
        return instance.maps().get(m).gateway();
    }

    public double uplinkBps(int m) {
        return instance.maps().get(m).uplinkBps();
    }

    /** The MAPs in range of user u (shared array: do not modify). */
    public int[] mapsInRange(int u) {
        return userMaps[u];
    }

    /** Access rates r_um aligned with {@link #mapsInRange(int)} (shared array: do not modify). */
    public double[] accessRatesBps(int u) {
        return userRatesBps[u];
    }

    /** r_um, or 0 when m is not in range of u. */
    public double accessRateBps(int u, int m) {
        int[] maps = userMaps[u];
        for (int k = 0; k < maps.length; k++) {
            if (maps[k] == m) {
                return userRatesBps[u][k];
            }
        }
        return 0.0;
    }

    public int linkFrom(int e) {
        return linkFrom[e];
    }

    public int linkTo(int e) {
        return linkTo[e];
    }

    public double linkRateBps(int e) {
        return linkRateBps[e];
    }

    public String linkName(int e) {
        return mapId(linkFrom[e]) + "->" + mapId(linkTo[e]);
    }

    public int[] outLinks(int m) {
        return outLinks[m];
    }

    /**
     * The mesh links reversed (arc e runs from the head of link e to its tail, same id), for
     * searches from the gateways outwards.
     */
    public Digraph towardsGateways() {
        return towardsGateways;
    }

    /** The gateway MAP indices, ascending. */
    public int[] gateways() {
        int count = 0;
        for (int m = 0; m < mapCount(); m++) {
            count += isGateway(m) ? 1 : 0;
        }
        int[] out = new int[count];
        for (int m = 0, k = 0; m < mapCount(); m++) {
            if (isGateway(m)) {
                out[k++] = m;
            }
        }
        return out;
    }

    public int[] inLinks(int m) {
        return inLinks[m];
    }

    /** I(e): the links in the collision domain of e. */
    public int[] domain(int e) {
        return domain[e];
    }

    /** The links e' whose collision domain I(e') contains e. */
    public int[] domainsContaining(int e) {
        return domainsContaining[e];
    }

    /** Airtime available on each access channel and collision domain: 1 − ε. */
    public double airtimeCapacity() {
        return 1.0 - instance.epsilon();
    }

    public RoutingMode routing() {
        return instance.routing();
    }
}
