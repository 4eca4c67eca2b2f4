package carma.corenet.broker;

import carma.corenet.mpls.LspId;
import carma.corenet.topology.LinkId;
import java.util.List;

/** One admitted direction of a session: the request, the LSP it runs on and that LSP's links. */
public record Reservation(ResourceRequest request, LspId lsp, List<LinkId> links) {
    public Reservation {
        links = List.copyOf(links);
    }
}
