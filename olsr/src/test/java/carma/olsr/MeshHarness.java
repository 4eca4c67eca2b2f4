package carma.olsr;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import java.util.function.IntFunction;

/**
 * A small deterministic discrete-event test bed: n OLSR agents on a broadcast medium described by a
 * delivery matrix ({@code delivery[i][j]}: probability that j receives a packet broadcast by i).
 * Loss is either independent random (seeded) or stratified (see {@link #stratified}), which makes
 * the delivery ratio exact without correlating loss with packet type. Packets arrive 1 ms after they are sent.
 */
final class MeshHarness {

    static final long MS = 1_000_000L;
    static final long S = 1_000_000_000L;

    private record Event(long timeNs, long seq, Runnable action) {
    }

    private final OlsrAgent[] agents;
    private final double[][] delivery;
    private final boolean stratifiedLoss;
    private final long[][] sentOnLink;
    private final boolean[][][] blockPattern;
    private final SplittableRandom lossRandom;
    private final PriorityQueue<Event> queue = new PriorityQueue<>((a, b) -> a.timeNs != b.timeNs
            ? Long.compare(a.timeNs, b.timeNs) : Long.compare(a.seq, b.seq));
    private static final long NONE = Long.MIN_VALUE;
    private final long[] scheduledWakeup;
    private final List<RouteChange> routeChanges = new ArrayList<>();
    private long seq;
    private long nowNs;

    MeshHarness(double[][] delivery, IntFunction<OlsrConfig> configOf, long seed, boolean stratifiedLoss) {
        int n = delivery.length;
        this.delivery = new double[n][];
        for (int i = 0; i < n; i++) {
            this.delivery[i] = delivery[i].clone();
        }
        this.stratifiedLoss = stratifiedLoss;
        this.sentOnLink = new long[n][n];
        this.blockPattern = new boolean[n][n][];
        this.lossRandom = new SplittableRandom(seed);
        this.agents = new OlsrAgent[n];
        this.scheduledWakeup = new long[n];
        java.util.Arrays.fill(scheduledWakeup, NONE);
        for (int i = 0; i < n; i++) {
            final int from = i;
            agents[i] = new OlsrAgent(configOf.apply(i), address(i), new SplittableRandom(seed * 7919 + i),
                    (bytes, t) -> broadcast(from, bytes, t), routeChanges::add, PrivateMessages.none());
        }
        for (int i = 0; i < n; i++) {
            agents[i].start(0);
            scheduleWakeup(i);
        }
    }

    static NodeAddress address(int index) {
        return NodeAddress.ofIndex(index + 1);
    }

    static int index(NodeAddress a) {
        return (a.value() & 0xFFFF) - 1;
    }

    private void broadcast(int from, byte[] bytes, long t) {
        for (int to = 0; to < agents.length; to++) {
            if (to == from || delivery[from][to] <= 0) {
                continue;
            }
            if (delivered(from, to)) {
                final int dest = to;
                push(t + MS, () -> {
                    agents[dest].onPacket(bytes, address(from), nowNs);
                    scheduleWakeup(dest);
                });
            }
        }
    }

    private boolean delivered(int from, int to) {
        double p = delivery[from][to];
        if (p >= 1) {
            return true;
        }
        if (!stratifiedLoss) {
            return lossRandom.nextDouble() < p;
        }
        return stratified(from, to, p);
    }

    /**
     * Stratified loss: packets on a directed link are taken in blocks of the smallest size B <= 20
     * for which p * B is whole, and exactly p * B packets of each block, at random positions, get
     * through. The delivery ratio is exact over every block, loss is not correlated with packet
     * type, and at most 2 (B - pB) packets are lost in a row.
     */
    private boolean stratified(int from, int to, double p) {
        long k = sentOnLink[from][to]++;
        int block = 1;
        while (block < 20 && Math.abs(p * block - Math.rint(p * block)) > 1e-9) {
            block++;
        }
        int pos = (int) (k % block);
        if (pos == 0) {
            int deliveredInBlock = (int) Math.rint(p * block);
            boolean[] pattern = new boolean[block];
            for (int i = 0; i < deliveredInBlock; i++) {
                pattern[i] = true;
            }
            for (int i = block - 1; i > 0; i--) {
                int j = lossRandom.nextInt(i + 1);
                boolean tmp = pattern[i];
                pattern[i] = pattern[j];
                pattern[j] = tmp;
            }
            blockPattern[from][to] = pattern;
        }
        return blockPattern[from][to][pos];
    }

    private void push(long t, Runnable action) {
        queue.add(new Event(t, seq++, action));
    }

    private void scheduleWakeup(int i) {
        long t = agents[i].nextWakeupNs();
        if (t == Long.MAX_VALUE || (scheduledWakeup[i] != NONE && scheduledWakeup[i] <= t)) {
            return;
        }
        scheduledWakeup[i] = t;
        push(t, () -> {
            if (scheduledWakeup[i] == t) {
                scheduledWakeup[i] = NONE;
                agents[i].advanceTo(nowNs);
                scheduleWakeup(i);
            }
        });
    }

    /** Processes all events up to and including {@code untilNs}. */
    void runUntil(long untilNs) {
        while (!queue.isEmpty() && queue.peek().timeNs <= untilNs) {
            Event e = queue.poll();
            nowNs = e.timeNs;
            e.action.run();
        }
        nowNs = untilNs;
    }

    /** Changes the delivery probability of both directions of a link from now on. */
    void setLink(int a, int b, double deliveryRatio) {
        delivery[a][b] = deliveryRatio;
        delivery[b][a] = deliveryRatio;
    }

    OlsrAgent agent(int i) {
        return agents[i];
    }

    int size() {
        return agents.length;
    }

    long nowNs() {
        return nowNs;
    }

    List<RouteChange> routeChanges() {
        return routeChanges;
    }

    /**
     * The node path a packet from src to dst takes by following every node's host route, or empty
     * if some node has no route or the path loops.
     */
    Optional<List<Integer>> followedPath(int src, int dst) {
        List<Integer> path = new ArrayList<>(List.of(src));
        int at = src;
        while (at != dst) {
            Optional<Route> r = agents[at].routingTable().hostRoute(address(dst));
            if (r.isEmpty() || path.size() > agents.length) {
                return Optional.empty();
            }
            at = index(r.get().nextHop());
            path.add(at);
        }
        return Optional.of(path);
    }
}
