package carma.radio.deployment;

/** Index of a cell in its {@link Deployment} (dense, from 0). */
public record CellId(int value) {
    public CellId {
        if (value < 0) {
            throw new IllegalArgumentException("cell id must be >= 0, got " + value);
        }
    }

    @Override
    public String toString() {
        return "cell-" + value;
    }
}
