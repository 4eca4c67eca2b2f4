package carma.corenet.mpls;

import carma.corenet.diffserv.Psc;
import carma.corenet.topology.RouterId;
import java.util.Objects;

/**
 * Forwarding equivalence class at an ingress LER (seed 001 §6.1, L-LSPs): the scheduling class of
 * the packet's DSCP and the egress LER its destination maps to.
 */
public record Fec(Psc psc, RouterId egress) {
    public Fec {
        Objects.requireNonNull(psc, "psc");
        Objects.requireNonNull(egress, "egress");
    }

    @Override
    public String toString() {
        return psc + "->" + egress;
    }
}
