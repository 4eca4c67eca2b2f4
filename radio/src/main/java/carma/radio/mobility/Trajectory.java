package carma.radio.mobility;

import carma.radio.geometry.Position;

/** Where a node is at a given simulated time. */
public interface Trajectory {
    Position at(long timeNs);

    /** True if the position never changes (lets the link model skip recomputation). */
    default boolean stationary() {
        return false;
    }
}
