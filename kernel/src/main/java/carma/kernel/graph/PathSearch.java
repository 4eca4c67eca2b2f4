package carma.kernel.graph;

import java.util.Arrays;

/**
 * Label-setting best-path search (Dijkstra 1959) from one or more sources over a {@link Digraph}
 * with primitive arrays throughout. Two labels share the skeleton and differ in how an arc
 * relaxes a label:
 *
 * <ul>
 *   <li>{@link #shortest}: distance = sum of non-negative arc weights; a node settles in order of
 *       (distance, node id);
 *   <li>{@link #widest}: width = minimum arc weight along the path (bottleneck, Hu 1961), sources
 *       at +∞; a node settles in order of (larger width, fewer hops, node id), and an equal width
 *       reached in fewer hops replaces the label.
 * </ul>
 *
 * <p>Ties are deterministic: equal keys settle the lower node id first; arcs are relaxed in
 * increasing arc id; a label changes only on strict improvement, so the first predecessor arc
 * found is kept.
 */
public final class PathSearch {
    private PathSearch() {}

    /**
     * The result of a search.
     *
     * @param label distance (shortest; +∞ if unreached) or width (widest; −1 if unreached)
     * @param hops arcs on the chosen path (0 at a source and where unreached)
     * @param predecessorArc the last arc of the chosen path to each node, −1 at sources and where
     *     unreached
     */
    public record Paths(double[] label, int[] hops, int[] predecessorArc) {}

    /** Shortest paths from {@code sources} (distance 0) under non-negative {@code arcWeight}. */
    public static Paths shortest(Digraph graph, double[] arcWeight, int... sources) {
        return search(graph, arcWeight, sources, false);
    }

    /** Widest (maximum-bottleneck) paths from {@code sources} (width +∞). */
    public static Paths widest(Digraph graph, double[] arcWidth, int... sources) {
        return search(graph, arcWidth, sources, true);
    }

    private static Paths search(Digraph g, double[] weight, int[] sources, boolean widest) {
        if (weight.length != g.arcCount()) {
            throw new IllegalArgumentException("path search: " + weight.length + " weights for " + g.arcCount()
                    + " arcs");
        }
        int n = g.nodeCount();
        double[] label = new double[n];
        int[] hops = new int[n];
        int[] pred = new int[n];
        boolean[] done = new boolean[n];
        Arrays.fill(label, widest ? -1.0 : Double.POSITIVE_INFINITY);
        Arrays.fill(pred, -1);
        LabelHeap heap = new LabelHeap(Math.max(16, g.arcCount() + sources.length));
        for (int s : sources) {
            label[s] = widest ? Double.POSITIVE_INFINITY : 0;
            heap.push(key(label[s], widest), 0, s);
        }
        while (!heap.isEmpty()) {
            int b = heap.popNode();
            if (done[b]) {
                continue;
            }
            done[b] = true;
            for (int k = 0, deg = g.outDegree(b); k < deg; k++) {
                int arc = g.outArc(b, k);
                int a = g.head(arc);
                if (done[a]) {
                    continue;
                }
                boolean better;
                double candidate;
                if (widest) {
                    candidate = Math.min(label[b], weight[arc]);
                    better = candidate > label[a] || (candidate == label[a] && hops[b] + 1 < hops[a]);
                } else {
                    candidate = label[b] + weight[arc];
                    better = candidate < label[a];
                }
                if (better) {
                    label[a] = candidate;
                    hops[a] = hops[b] + 1;
                    pred[a] = arc;
                    heap.push(key(candidate, widest), widest ? hops[a] : 0, a);
                }
            }
        }
        return new Paths(label, hops, pred);
    }

    private static double key(double label, boolean widest) {
        return widest ? -label : label;
    }

    /** Binary min-heap of (key, tie, node) on parallel arrays; lazy deletion by the caller. */
    private static final class LabelHeap {
        private double[] key;
        private int[] tie;
        private int[] node;
        private int size;

        LabelHeap(int capacity) {
            key = new double[capacity];
            tie = new int[capacity];
            node = new int[capacity];
        }

        boolean isEmpty() {
            return size == 0;
        }

        void push(double k, int t, int v) {
            if (size == key.length) {
                key = Arrays.copyOf(key, size * 2);
                tie = Arrays.copyOf(tie, size * 2);
                node = Arrays.copyOf(node, size * 2);
            }
            int i = size++;
            while (i > 0) {
                int parent = (i - 1) >>> 1;
                if (!less(k, t, v, parent)) {
                    break;
                }
                set(i, key[parent], tie[parent], node[parent]);
                i = parent;
            }
            set(i, k, t, v);
        }

        int popNode() {
            int top = node[0];
            size--;
            if (size > 0) {
                double k = key[size];
                int t = tie[size];
                int v = node[size];
                int i = 0;
                while (true) {
                    int c = 2 * i + 1;
                    if (c >= size) {
                        break;
                    }
                    if (c + 1 < size && lessAt(c + 1, c)) {
                        c++;
                    }
                    if (!less(key[c], tie[c], node[c], k, t, v)) {
                        break;
                    }
                    set(i, key[c], tie[c], node[c]);
                    i = c;
                }
                set(i, k, t, v);
            }
            return top;
        }

        private boolean less(double k, int t, int v, int at) {
            return less(k, t, v, key[at], tie[at], node[at]);
        }

        private boolean lessAt(int i, int j) {
            return less(key[i], tie[i], node[i], key[j], tie[j], node[j]);
        }

        /** Primitive comparison: 0.0 and −0.0 are equal keys. */
        private static boolean less(double k1, int t1, int v1, double k2, int t2, int v2) {
            if (k1 != k2) {
                return k1 < k2;
            }
            return t1 != t2 ? t1 < t2 : v1 < v2;
        }

        private void set(int i, double k, int t, int v) {
            key[i] = k;
            tie[i] = t;
            node[i] = v;
        }
    }
}
