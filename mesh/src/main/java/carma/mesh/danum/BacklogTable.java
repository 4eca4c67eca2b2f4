package carma.mesh.danum;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What one node knows of its neighbours' utility backlogs B_m^s = beta_s Q_m^s. Each advertisement
 * lists every flow the neighbour holds, so it replaces the neighbour's previous entries (a
 * continuation fragment adds to them); a flow it does not list has no backlog there. Entries older
 * than the staleness limit (3 T_adv) count as zero, so a lost or departed neighbour cannot silence
 * this node for good.
 */
final class BacklogTable {
    private record Snapshot(long stampNs, int seq, Map<Integer, Double> backlog) {}

    private final Map<Integer, Snapshot> byNeighbour = new HashMap<>();
    private final long staleNs;

    BacklogTable(long staleNs) {
        this.staleNs = staleNs;
    }

    /** An advertisement (or a further fragment of one: same sequence number) from {@code originator}. */
    void update(int originator, int seq, List<DanumAdvert.Entry> entries, long nowNs) {
        Snapshot old = byNeighbour.get(originator);
        Map<Integer, Double> m = old != null && old.seq() == seq ? old.backlog() : new HashMap<>();
        for (DanumAdvert.Entry e : entries) {
            m.put(e.flowId(), e.utilityBacklog());
        }
        byNeighbour.put(originator, new Snapshot(nowNs, seq, m));
    }

    double backlog(int neighbour, int flowId, long nowNs) {
        Snapshot s = byNeighbour.get(neighbour);
        if (s == null || nowNs - s.stampNs() > staleNs) {
            return 0;
        }
        return s.backlog().getOrDefault(flowId, 0.0);
    }
}
