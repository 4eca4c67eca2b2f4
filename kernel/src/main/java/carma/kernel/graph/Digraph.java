package carma.kernel.graph;

/**
 * A directed graph on node ids {@code 0..n-1} with arcs numbered {@code 0..m-1}, stored as
 * compressed adjacency: the out-arcs of a node are kept in increasing arc id, so every search over
 * it visits neighbours in a fixed order. Immutable.
 */
public final class Digraph {
    private final int nodeCount;
    private final int[] tail;
    private final int[] head;
    private final int[] firstOut;
    private final int[] outArcs;

    private Digraph(int nodeCount, int[] tail, int[] head) {
        this.nodeCount = nodeCount;
        this.tail = tail;
        this.head = head;
        this.firstOut = new int[nodeCount + 1];
        for (int t : tail) {
            firstOut[t + 1]++;
        }
        for (int u = 0; u < nodeCount; u++) {
            firstOut[u + 1] += firstOut[u];
        }
        this.outArcs = new int[tail.length];
        int[] fill = firstOut.clone();
        for (int a = 0; a < tail.length; a++) {
            outArcs[fill[tail[a]]++] = a;
        }
    }

    /** Arc {@code a} goes from {@code tail[a]} to {@code head[a]}. */
    public static Digraph of(int nodeCount, int[] tail, int[] head) {
        if (nodeCount < 0 || tail.length != head.length) {
            throw new IllegalArgumentException("digraph: " + nodeCount + " nodes, " + tail.length + " tails, "
                    + head.length + " heads");
        }
        for (int a = 0; a < tail.length; a++) {
            if (tail[a] < 0 || tail[a] >= nodeCount || head[a] < 0 || head[a] >= nodeCount) {
                throw new IllegalArgumentException("digraph: arc " + a + " (" + tail[a] + " -> " + head[a]
                        + ") leaves the node range 0.." + (nodeCount - 1));
            }
        }
        return new Digraph(nodeCount, tail.clone(), head.clone());
    }

    public int nodeCount() {
        return nodeCount;
    }

    public int arcCount() {
        return tail.length;
    }

    public int tail(int arc) {
        return tail[arc];
    }

    public int head(int arc) {
        return head[arc];
    }

    public int outDegree(int node) {
        return firstOut[node + 1] - firstOut[node];
    }

    /** The {@code k}-th out-arc of {@code node} (increasing arc id). */
    public int outArc(int node, int k) {
        return outArcs[firstOut[node] + k];
    }
}
