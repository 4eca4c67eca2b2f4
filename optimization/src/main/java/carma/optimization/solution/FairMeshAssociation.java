package carma.optimization.solution;

import carma.optimization.instance.FairMeshInstance;

/**
 * The problem: associate every user with one in-range MAP and route the traffic to the gateways so
 * that the minimum end-to-end rate is maximal. One final class per method implements it.
 */
public interface FairMeshAssociation {
    /** Method name as written in results: "exact", "heuristic", "rssi". */
    String method();

    FairMeshResult solve(FairMeshInstance instance);
}
