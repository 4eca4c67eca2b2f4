package carma.corenet.diffserv;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Deficit round robin (Shreedhar and Varghese 1996) over the classes given a quantum, in {@link Psc}
 * order: each visit to a backlogged queue adds its quantum to its deficit, and the queue sends head
 * packets while they fit in the deficit; a queue that empties loses its deficit. With quanta of at
 * least the largest packet each class gets Q_i/ΣQ_j of the capacity the backlogged classes share,
 * within one quantum plus one packet per round.
 */
public final class DeficitRoundRobinScheduler implements PortScheduler {
    private final Psc[] members;
    private final int[] quantumBytes;
    private final long[] deficitBytes;
    private int current;
    private boolean visitStarted;

    public DeficitRoundRobinScheduler(Map<Psc, Integer> quantaBytes) {
        List<Psc> m = new ArrayList<>();
        for (Psc p : Psc.values()) {
            Integer q = quantaBytes.get(p);
            if (q != null) {
                if (q <= 0) {
                    throw new IllegalArgumentException("DRR quantum of " + p + " must be positive, got " + q);
                }
                m.add(p);
            }
        }
        if (m.isEmpty()) {
            throw new IllegalArgumentException("DRR needs at least one class");
        }
        this.members = m.toArray(Psc[]::new);
        this.quantumBytes = new int[members.length];
        for (int i = 0; i < members.length; i++) {
            quantumBytes[i] = quantaBytes.get(members[i]);
        }
        this.deficitBytes = new long[members.length];
    }

    @Override
    public Psc select(ClassBacklog backlog) {
        boolean any = false;
        for (Psc p : members) {
            any |= backlog.packets(p) > 0;
        }
        if (!any) {
            throw new IllegalStateException("DRR asked to choose among empty queues " + List.of(members));
        }
        while (true) {
            Psc p = members[current];
            int n = backlog.packets(p);
            if (n == 0) {
                deficitBytes[current] = 0;
                advance();
                continue;
            }
            if (!visitStarted) {
                deficitBytes[current] += quantumBytes[current];
                visitStarted = true;
            }
            int head = backlog.headBytes(p);
            if (head <= deficitBytes[current]) {
                deficitBytes[current] = n == 1 ? 0 : deficitBytes[current] - head;
                if (n == 1) {
                    advance();
                }
                return p;
            }
            advance();
        }
    }

    private void advance() {
        current = (current + 1) % members.length;
        visitStarted = false;
    }
}
