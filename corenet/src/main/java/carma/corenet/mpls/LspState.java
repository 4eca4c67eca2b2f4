package carma.corenet.mpls;

/** Life of an LSP: commands sent, FEC bound at the ingress (usable), being torn down, gone. */
public enum LspState {
    SETUP,
    UP,
    RELEASING,
    RELEASED
}
