package carma.mesh.danum;

import java.util.HashMap;
import java.util.Map;

/**
 * What one node knows of its neighbours' utility backlogs B_m^s = beta_s Q_m^s, from their last
 * advertisements (a lost advertisement leaves the last known value in place).
 */
final class BacklogTable {
    private final Map<Integer, Map<Integer, Double>> byNeighbour = new HashMap<>();

    void update(DanumAdvert advert) {
        Map<Integer, Double> m = byNeighbour.computeIfAbsent(advert.originator(), k -> new HashMap<>());
        for (DanumAdvert.Entry e : advert.entries()) {
            if (e.queuePackets() == 0) {
                m.remove(e.flowId());
            } else {
                m.put(e.flowId(), e.utilityBacklog());
            }
        }
    }

    double backlog(int neighbour, int flowId) {
        Map<Integer, Double> m = byNeighbour.get(neighbour);
        if (m == null) {
            return 0;
        }
        return m.getOrDefault(flowId, 0.0);
    }
}
