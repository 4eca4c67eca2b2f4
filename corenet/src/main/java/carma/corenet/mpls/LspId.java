package carma.corenet.mpls;

/** A label-switched path, numbered by the broker in creation order. */
public record LspId(int value) {
    @Override
    public String toString() {
        return "lsp" + value;
    }
}
