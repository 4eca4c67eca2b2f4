package carma.corenet.mpls;

import carma.corenet.topology.RouterId;

/**
 * An incoming-label entry of a router's label table: swap to {@code outLabel} towards
 * {@code nextHop}, or pop (egress LER, no penultimate-hop popping, so the last hop still sees the
 * class) ({@link #pop()}: {@code nextHop} null).
 */
public record LabelEntry(int outLabel, RouterId nextHop) {
    /** The egress's entry: remove the label and deliver. */
    public static LabelEntry pop() {
        return new LabelEntry(0, null);
    }

    public boolean pops() {
        return nextHop == null;
    }
}
