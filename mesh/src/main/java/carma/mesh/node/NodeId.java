package carma.mesh.node;

/** Index of a node in one mesh emulation (0-based, dense: nodes are kept in arrays). */
public record NodeId(int index) implements Comparable<NodeId> {
    public NodeId {
        if (index < 0) {
            throw new IllegalArgumentException("node index must be >= 0, got " + index);
        }
    }

    @Override
    public int compareTo(NodeId o) {
        return Integer.compare(index, o.index);
    }

    @Override
    public String toString() {
        return "node#" + index;
    }
}
