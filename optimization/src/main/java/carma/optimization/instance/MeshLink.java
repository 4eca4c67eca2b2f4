package carma.optimization.instance;

/** A directed mesh link from one MAP to another, with its effective rate c_e. */
public record MeshLink(String from, String to, double rateBps) {
    public LinkRef ref() {
        return new LinkRef(from, to);
    }

    @Override
    public String toString() {
        return from + "->" + to;
    }
}
