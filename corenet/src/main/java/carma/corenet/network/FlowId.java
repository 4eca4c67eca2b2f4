package carma.corenet.network;

/** A flow through the core (a generator flow or a user session direction); the policer key. */
public record FlowId(int value) {
    public FlowId {
        if (value < 0) {
            throw new IllegalArgumentException("flow id must be >= 0, got " + value);
        }
    }

    @Override
    public String toString() {
        return "flow" + value;
    }
}
