package carma.optimization.milp;

import carma.optimization.instance.IndexedInstance;
import carma.optimization.instance.RoutingMode;
import carma.optimization.solution.Allocation;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.util.ArrayList;
import java.util.List;

/**
 * The MILP (1)–(7) of fair-mesh.md §A.1, plus (8a)–(8c) for single-path routing, built into an
 * OR-Tools {@link MPSolver}. Rates are modelled in Mbit/s (bit/s × 1e-6) for numerical
 * conditioning. d_u = Σ_m y_um is an explicit variable so that (3) reads d_u ≥ t and the
 * lexicographic refinement can bound each user's rate.
 */
final class FairMeshMilp {
    static final double MBPS = 1e-6;
    final MPSolver solver;
    final IndexedInstance net;
    final MPVariable t;
    final MPVariable[][] x;
    final MPVariable[][] y;
    final MPVariable[] d;
    final MPVariable[] f;
    final MPVariable[] g;
    final MPVariable[] z;
    final MPConstraint[] minRate;

    FairMeshMilp(MPSolver solver, IndexedInstance net) {
        this.solver = solver;
        this.net = net;
        double inf = MPSolver.infinity();
        t = solver.makeNumVar(0, inf, "t");
        int users = net.userCount();
        x = new MPVariable[users][];
        y = new MPVariable[users][];
        d = new MPVariable[users];
        minRate = new MPConstraint[users];
        f = new MPVariable[net.linkCount()];
        g = new MPVariable[net.mapCount()];
        z = net.routing() == RoutingMode.SINGLE_PATH ? new MPVariable[net.linkCount()] : null;
        addAssociation();
        addBackhaul();
        addFlowConservation();
        if (z != null) {
            addSinglePath();
        }
        solver.objective().setCoefficient(t, 1);
        solver.objective().setMaximization();
    }

    /** (1), (2), (3) and d_u = Σ y_um. */
    private void addAssociation() {
        double inf = MPSolver.infinity();
        for (int u = 0; u < net.userCount(); u++) {
            int[] maps = net.mapsInRange(u);
            double[] rates = net.accessRatesBps(u);
            x[u] = new MPVariable[maps.length];
            y[u] = new MPVariable[maps.length];
            d[u] = solver.makeNumVar(0, inf, "d_" + u);
            MPConstraint one = solver.makeConstraint(1, 1, "c1_" + u);
            MPConstraint sum = solver.makeConstraint(0, 0, "d_def_" + u);
            sum.setCoefficient(d[u], -1);
            for (int k = 0; k < maps.length; k++) {
                x[u][k] = solver.makeBoolVar("x_" + u + "_" + maps[k]);
                y[u][k] = solver.makeNumVar(0, rates[k] * MBPS, "y_" + u + "_" + maps[k]);
                one.setCoefficient(x[u][k], 1);
                MPConstraint link = solver.makeConstraint(-inf, 0, "c2_" + u + "_" + maps[k]);
                link.setCoefficient(y[u][k], 1);
                link.setCoefficient(x[u][k], -rates[k] * MBPS);
                sum.setCoefficient(y[u][k], 1);
            }
            minRate[u] = solver.makeConstraint(0, inf, "c3_" + u);
            minRate[u].setCoefficient(d[u], 1);
            minRate[u].setCoefficient(t, -1);
        }
    }

    /** (4) access airtime, (6) gateway capacity (as bounds of g_m), (7) collision domains. */
    private void addBackhaul() {
        double inf = MPSolver.infinity();
        double airtime = net.airtimeCapacity();
        MPConstraint[] access = new MPConstraint[net.mapCount()];
        for (int m = 0; m < net.mapCount(); m++) {
            access[m] = solver.makeConstraint(-inf, airtime, "c4_" + m);
            g[m] = solver.makeNumVar(0, net.isGateway(m) ? net.uplinkBps(m) * MBPS : 0, "g_" + m);
        }
        for (int u = 0; u < net.userCount(); u++) {
            for (int k = 0; k < y[u].length; k++) {
                access[net.mapsInRange(u)[k]].setCoefficient(y[u][k], 1 / (net.accessRatesBps(u)[k] * MBPS));
            }
        }
        for (int e = 0; e < net.linkCount(); e++) {
            f[e] = solver.makeNumVar(0, inf, "f_" + e);
        }
        for (int e = 0; e < net.linkCount(); e++) {
            MPConstraint domain = solver.makeConstraint(-inf, airtime, "c7_" + e);
            for (int other : net.domain(e)) {
                domain.setCoefficient(f[other], 1 / (net.linkRateBps(other) * MBPS));
            }
        }
    }

    /** (5): Σ_u y_um + Σ_in f = Σ_out f + g_m. */
    private void addFlowConservation() {
        MPConstraint[] balance = new MPConstraint[net.mapCount()];
        for (int m = 0; m < net.mapCount(); m++) {
            balance[m] = solver.makeConstraint(0, 0, "c5_" + m);
            balance[m].setCoefficient(g[m], -1);
            for (int e : net.inLinks(m)) {
                balance[m].setCoefficient(f[e], 1);
            }
            for (int e : net.outLinks(m)) {
                balance[m].setCoefficient(f[e], -1);
            }
        }
        for (int u = 0; u < net.userCount(); u++) {
            for (int k = 0; k < y[u].length; k++) {
                balance[net.mapsInRange(u)[k]].setCoefficient(y[u][k], 1);
            }
        }
    }

    /** (8a) f_e ≤ c_e z_e, (8b) at most one next hop per non-gateway, (8c) z_e = 0 out of gateways. */
    private void addSinglePath() {
        double inf = MPSolver.infinity();
        for (int e = 0; e < net.linkCount(); e++) {
            boolean fromGateway = net.isGateway(net.linkFrom(e));
            z[e] = solver.makeIntVar(0, fromGateway ? 0 : 1, "z_" + e);
            MPConstraint cap = solver.makeConstraint(-inf, 0, "c8a_" + e);
            cap.setCoefficient(f[e], 1);
            cap.setCoefficient(z[e], -net.linkRateBps(e) * MBPS);
        }
        for (int m = 0; m < net.mapCount(); m++) {
            if (!net.isGateway(m) && net.outLinks(m).length > 0) {
                MPConstraint oneHop = solver.makeConstraint(-inf, 1, "c8b_" + m);
                for (int e : net.outLinks(m)) {
                    oneHop.setCoefficient(z[e], 1);
                }
            }
        }
    }

    /** All integer variables (x, and z for single-path). */
    List<MPVariable> integerVariables() {
        List<MPVariable> vars = new ArrayList<>();
        for (MPVariable[] row : x) {
            vars.addAll(List.of(row));
        }
        if (z != null) {
            vars.addAll(List.of(z));
        }
        return vars;
    }

    /** Reads the current solution in bit/s. */
    Allocation allocation() {
        int[] mapOfUser = new int[net.userCount()];
        double[] rates = new double[net.userCount()];
        for (int u = 0; u < net.userCount(); u++) {
            int best = 0;
            for (int k = 1; k < x[u].length; k++) {
                if (x[u][k].solutionValue() > x[u][best].solutionValue()) {
                    best = k;
                }
            }
            mapOfUser[u] = net.mapsInRange(u)[best];
            rates[u] = Math.max(0, y[u][best].solutionValue()) / MBPS;
        }
        double[] flows = new double[net.linkCount()];
        for (int e = 0; e < flows.length; e++) {
            flows[e] = Math.max(0, f[e].solutionValue()) / MBPS;
        }
        double[] gateways = new double[net.mapCount()];
        for (int m = 0; m < gateways.length; m++) {
            gateways[m] = Math.max(0, g[m].solutionValue()) / MBPS;
        }
        return new Allocation(mapOfUser, rates, flows, gateways);
    }
}
