package carma.corenet.mpls;

import carma.corenet.topology.RouterId;

/** A broker command to one router's agent (COPS-PR style install/remove), executed by {@link LabelAgent#execute}. */
public sealed interface LspCommand {
    RouterId router();

    record InstallLabel(RouterId router, int inLabel, LabelEntry entry) implements LspCommand {}

    record RemoveLabel(RouterId router, int inLabel) implements LspCommand {}

    record BindFec(RouterId router, Fec fec, int outLabel, RouterId nextHop) implements LspCommand {}

    record UnbindFec(RouterId router, Fec fec) implements LspCommand {}
}
