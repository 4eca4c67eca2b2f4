package carma.mesh.net;

/** Identifies one direction of one application session (data and transport ACKs are two flows). */
public record FlowId(int value) implements Comparable<FlowId> {
    @Override
    public int compareTo(FlowId o) {
        return Integer.compare(value, o.value);
    }

    @Override
    public String toString() {
        return "flow#" + value;
    }
}
