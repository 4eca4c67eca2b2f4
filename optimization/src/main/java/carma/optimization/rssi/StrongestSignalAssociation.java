package carma.optimization.rssi;

import carma.optimization.fairness.FillingResult;
import carma.optimization.fairness.ProgressiveFilling;
import carma.optimization.fairness.Resources;
import carma.optimization.fairness.RouteLoads;
import carma.optimization.fairness.TreeFlows;
import carma.optimization.instance.FairMeshInstance;
import carma.optimization.instance.IndexedInstance;
import carma.optimization.routing.ForwardingTree;
import carma.optimization.routing.ShortestPathRouting;
import carma.optimization.solution.Allocation;
import carma.optimization.solution.FairMeshAssociation;
import carma.optimization.solution.FairMeshResult;
import carma.optimization.solution.ResultAssembler;
import carma.optimization.solution.SolveStatus;

/**
 * The classical baseline: every user associates with its strongest MAP (highest access rate r_um,
 * ties to the MAP listed first), MAPs route on minimum-ETT (or minimum-hop) paths, and rates follow
 * from progressive filling on the same constraints as the MILP. A MAP without a route to any
 * gateway is skipped in favour of the strongest routed one (validation guarantees there is one).
 */
public final class StrongestSignalAssociation implements FairMeshAssociation {
    private final ShortestPathRouting.Metric metric;

    public StrongestSignalAssociation() {
        this(ShortestPathRouting.Metric.ETT);
    }

    public StrongestSignalAssociation(ShortestPathRouting.Metric metric) {
        this.metric = metric;
    }

    @Override
    public String method() {
        return "rssi";
    }

    @Override
    public FairMeshResult solve(FairMeshInstance instance) {
        long start = System.nanoTime();
        IndexedInstance net = new IndexedInstance(instance);
        ForwardingTree tree = ShortestPathRouting.route(net, metric);
        RouteLoads routes = new RouteLoads(net, tree);
        int[] mapOfUser = new int[net.userCount()];
        for (int u = 0; u < net.userCount(); u++) {
            int[] maps = net.mapsInRange(u);
            double[] rates = net.accessRatesBps(u);
            int best = -1;
            for (int k = 0; k < maps.length; k++) {
                if (routes.isRouted(maps[k]) && (best < 0 || rates[k] > rates[best])) {
                    best = k;
                }
            }
            mapOfUser[u] = maps[best];
        }
        FillingResult filling = ProgressiveFilling.fill(net, mapOfUser, routes);
        Allocation allocation = TreeFlows.allocation(net, mapOfUser, tree, filling.rateBps());
        long ms = (System.nanoTime() - start) / 1_000_000;
        FairMeshResult result = ResultAssembler.assemble(net, method(), null, SolveStatus.FEASIBLE, null, null, ms,
                allocation);
        return result.withBottleneck(Resources.name(net, filling.firstBottleneck()));
    }
}
