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
}
