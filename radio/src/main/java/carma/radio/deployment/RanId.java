package carma.radio.deployment;

/** Index of a radio access network in its {@link Deployment} (dense, from 0). */
public record RanId(int value) {
    public RanId {
        if (value < 0) {
            throw new IllegalArgumentException("RAN id must be >= 0, got " + value);
        }
    }

    @Override
    public String toString() {
        return "ran-" + value;
    }
}
