package carma.mesh.emulation;

import carma.mesh.net.MeshNetwork;
import carma.mesh.net.OlsrRouting;
import carma.olsr.OlsrConfig;

/** Which routing feeds the forwarding plane. */
public enum RoutingKind {
    /** Shortest summed ETX computed from the link model, recomputed every second (instant convergence). */
    ETX_ORACLE,
    /** The real OLSR agents (olsrd defaults: LQ_HELLO 2 s, LQ_TC 5 s, etx_ff), their packets sent over the medium. */
    OLSR;

    public MeshNetwork.RoutingFactory factory(int controlBytes) {
        return this == OLSR ? OlsrRouting.factory(OlsrConfig.olsrdDefaults()) : MeshNetwork.staticEtx(controlBytes);
    }
}
