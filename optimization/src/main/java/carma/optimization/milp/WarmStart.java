package carma.optimization.milp;

import carma.optimization.routing.ForwardingTree;
import carma.optimization.solution.Allocation;
import com.google.ortools.linearsolver.MPVariable;
import java.util.ArrayList;
import java.util.List;

/** Gives the solver a complete feasible solution (the heuristic's) as a hint. */
final class WarmStart {
    private WarmStart() {}

    static void apply(FairMeshMilp model, Allocation allocation, ForwardingTree tree) {
        List<MPVariable> vars = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        var net = model.net;
        for (int u = 0; u < net.userCount(); u++) {
            int[] maps = net.mapsInRange(u);
            for (int k = 0; k < maps.length; k++) {
                boolean chosen = maps[k] == allocation.mapOfUser()[u];
                add(vars, values, model.x[u][k], chosen ? 1 : 0);
                add(vars, values, model.y[u][k], chosen ? allocation.rateBps()[u] * FairMeshMilp.MBPS : 0);
            }
            add(vars, values, model.d[u], allocation.rateBps()[u] * FairMeshMilp.MBPS);
        }
        add(vars, values, model.t, allocation.minRateBps() * FairMeshMilp.MBPS);
        for (int e = 0; e < net.linkCount(); e++) {
            add(vars, values, model.f[e], allocation.linkFlowBps()[e] * FairMeshMilp.MBPS);
            if (model.z != null) {
                add(vars, values, model.z[e], tree.nextLink(net.linkFrom(e)) == e ? 1 : 0);
            }
        }
        for (int m = 0; m < net.mapCount(); m++) {
            add(vars, values, model.g[m], allocation.gatewayFlowBps()[m] * FairMeshMilp.MBPS);
        }
        model.solver.setHint(vars.toArray(MPVariable[]::new), values.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static void add(List<MPVariable> vars, List<Double> values, MPVariable var, double value) {
        vars.add(var);
        values.add(value);
    }
}
