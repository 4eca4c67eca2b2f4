package carma.ran.schedule;

/**
 * The shared two-phase ordering of one cell's transmission requests (AROMA paper §5.3): first by
 * service class (conversational, streaming, interactive, background), then by the scheduler's
 * metric (larger first); ties go to the user served longest ago, then to the lower index.
 * Candidates are drawn one by one ({@link #next()}), a partial selection sort: O(n) per draw,
 * allocation-free. Metrics are computed lazily, only for requests of the best class still
 * waiting, so the lower classes of a crowded cell cost nothing when the resources run out first.
 */
public final class RequestRanking {
    private final int[] users;
    private final int[] priority;
    private final double[] metric;
    private final long[] lastServed;
    private final boolean[] scored;
    private int count;
    private int drawn;
    private Scheduler scheduler;
    private SchedulingInputs inputs;

    public RequestRanking(int capacity) {
        users = new int[capacity];
        priority = new int[capacity];
        metric = new double[capacity];
        lastServed = new long[capacity];
        scored = new boolean[capacity];
    }

    public void clear() {
        count = 0;
        drawn = 0;
    }

    /** Adds a backlogged user with its class priority (0 = highest). */
    public void add(int user, int classPriority, Scheduler scheduler, SchedulingInputs inputs) {
        this.scheduler = scheduler;
        this.inputs = inputs;
        users[count] = user;
        priority[count] = classPriority;
        scored[count] = false;
        lastServed[count] = inputs.lastServedTti(user);
        count++;
    }

    public int size() {
        return count;
    }

    /** The i-th request added (any order once drawing has started). */
    public int user(int i) {
        return users[i];
    }

    public boolean hasNext() {
        return drawn < count;
    }

    /** The best remaining request. */
    public int next() {
        int top = Integer.MAX_VALUE;
        for (int i = drawn; i < count; i++) {
            top = Math.min(top, priority[i]);
        }
        int best = -1;
        for (int i = drawn; i < count; i++) {
            if (priority[i] != top) {
                continue;
            }
            if (!scored[i]) {
                metric[i] = scheduler.metric(users[i], inputs);
                scored[i] = true;
            }
            if (best < 0 || better(i, best)) {
                best = i;
            }
        }
        swap(best, drawn);
        return users[drawn++];
    }

    private boolean better(int a, int b) {
        if (priority[a] != priority[b]) {
            return priority[a] < priority[b];
        }
        if (metric[a] != metric[b]) {
            return metric[a] > metric[b];
        }
        if (lastServed[a] != lastServed[b]) {
            return lastServed[a] < lastServed[b];
        }
        return users[a] < users[b];
    }

    private void swap(int a, int b) {
        int u = users[a];
        users[a] = users[b];
        users[b] = u;
        int p = priority[a];
        priority[a] = priority[b];
        priority[b] = p;
        double m = metric[a];
        metric[a] = metric[b];
        metric[b] = m;
        long l = lastServed[a];
        lastServed[a] = lastServed[b];
        lastServed[b] = l;
        boolean z = scored[a];
        scored[a] = scored[b];
        scored[b] = z;
    }
}
