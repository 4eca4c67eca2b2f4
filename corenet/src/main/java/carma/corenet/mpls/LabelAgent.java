package carma.corenet.mpls;

import carma.corenet.topology.RouterId;

/**
 * The BB agent of one router (policy enforcement point, seed 001 §6.1): executes the broker's
 * label-table and FEC-binding commands. Commands take effect immediately when called; latency is the
 * caller's (the LSP manager schedules them).
 */
public interface LabelAgent {
    RouterId router();

    void installLabel(int inLabel, LabelEntry entry);

    void removeLabel(int inLabel);

    /** Ingress LER: push {@code outLabel} towards {@code nextHop} on packets of {@code fec}. */
    void bindFec(Fec fec, int outLabel, RouterId nextHop);

    void unbindFec(Fec fec);

    /** Executes one broker command addressed to this router. */
    default void execute(LspCommand command) {
        if (!command.router().equals(router())) {
            throw new IllegalArgumentException("command for " + command.router() + " sent to " + router());
        }
        if (command instanceof LspCommand.InstallLabel c) {
            installLabel(c.inLabel(), c.entry());
        } else if (command instanceof LspCommand.RemoveLabel c) {
            removeLabel(c.inLabel());
        } else if (command instanceof LspCommand.BindFec c) {
            bindFec(c.fec(), c.outLabel(), c.nextHop());
        } else if (command instanceof LspCommand.UnbindFec c) {
            unbindFec(c.fec());
        }
    }
}
