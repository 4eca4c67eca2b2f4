package carma.corenet.mpls;

import carma.corenet.topology.RouterId;
import java.util.List;
import java.util.Objects;

/**
 * One L-LSP: its FEC, the routers from ingress to egress and the label each router after the ingress
 * expects ({@code labels.get(i)} is the in-label at {@code path.get(i + 1)}).
 */
public record Lsp(LspId id, Fec fec, List<RouterId> path, List<Integer> labels, LspState state) {
    public Lsp {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(fec, "fec");
        path = List.copyOf(path);
        labels = List.copyOf(labels);
        if (path.size() < 2 || labels.size() != path.size() - 1) {
            throw new IllegalArgumentException(id + ": a path of n routers needs n - 1 labels");
        }
        if (!path.get(path.size() - 1).equals(fec.egress())) {
            throw new IllegalArgumentException(id + ": path ends at " + path.get(path.size() - 1) + ", FEC egress is "
                    + fec.egress());
        }
    }

    public RouterId ingress() {
        return path.get(0);
    }

    public Lsp withState(LspState s) {
        return new Lsp(id, fec, path, labels, s);
    }

    /** {@code IR1-CR1-CR2-ER}. */
    public String pathText() {
        StringBuilder b = new StringBuilder();
        for (RouterId r : path) {
            b.append(b.length() == 0 ? "" : "-").append(r);
        }
        return b.toString();
    }
}
