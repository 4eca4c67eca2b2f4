package carma.optimization.instance;

/** Identifies a directed mesh link by its end points. */
public record LinkRef(String from, String to) {
    @Override
    public String toString() {
        return from + "->" + to;
    }
}
