package carma.corenet.topology;

/** One direction of a link, named by its ends ({@code CR1->CR2}). */
public record LinkId(RouterId from, RouterId to) implements Comparable<LinkId> {
    @Override
    public int compareTo(LinkId o) {
        int c = from.compareTo(o.from);
        return c != 0 ? c : to.compareTo(o.to);
    }

    @Override
    public String toString() {
        return from + "->" + to;
    }
}
