package carma.optimization;

import carma.optimization.instance.AccessLink;
import carma.optimization.instance.CollisionDomain;
import carma.optimization.instance.FairMeshInstance;
import carma.optimization.instance.LinkRef;
import carma.optimization.instance.MeshAccessPoint;
import carma.optimization.instance.MeshLink;
import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Test oracle written independently of the production MILP: the LP max t for a FIXED association
 * (user id → MAP id) and a set of usable mesh links (null = all), straight from the instance record
 * with GLOP, in bit/s scaled to Mbit/s.
 */
public final class ReferenceLp {
    private ReferenceLp() {}

    /** max t, or -1 when the association uses a MAP out of range. */
    public static double maxMinRateBps(FairMeshInstance inst, Map<String, String> association, Set<LinkRef> usable) {
        return solve(inst, association, usable, Map.of(), null);
    }

    /**
     * max d_user subject to d_v >= lowerBoundsBps(v) for the users listed (others >= 0), or -1 when
     * the association uses a MAP out of range.
     */
    public static double maxRateOfUserBps(FairMeshInstance inst, Map<String, String> association,
            Set<LinkRef> usable, Map<String, Double> lowerBoundsBps, String user) {
        return solve(inst, association, usable, lowerBoundsBps, user);
    }

    private static double solve(FairMeshInstance inst, Map<String, String> association, Set<LinkRef> usable,
            Map<String, Double> lowerBoundsBps, String objectiveUser) {
        Loader.loadNativeLibraries();
        MPSolver lp = MPSolver.createSolver("GLOP");
        try {
            double inf = MPSolver.infinity();
            double s = 1e-6;
            MPVariable t = lp.makeNumVar(0, inf, "t");
            Map<String, MPConstraint> balance = new HashMap<>();
            Map<String, MPConstraint> access = new HashMap<>();
            for (MeshAccessPoint m : inst.maps()) {
                MPConstraint b = lp.makeConstraint(0, 0);
                balance.put(m.id(), b);
                access.put(m.id(), lp.makeConstraint(-inf, 1 - inst.epsilon()));
                if (m.gateway()) {
                    b.setCoefficient(lp.makeNumVar(0, m.uplinkBps() * s, "g"), -1);
                }
            }
            Map<String, Double> rate = new HashMap<>();
            for (AccessLink a : inst.accessLinks()) {
                rate.put(a.user() + "|" + a.map(), a.rateBps());
            }
            for (String u : inst.users()) {
                String m = association.get(u);
                Double r = rate.get(u + "|" + m);
                if (r == null) {
                    return -1;
                }
                MPVariable d = lp.makeNumVar(lowerBoundsBps.getOrDefault(u, 0.0) * s, r * s, "d");
                if (objectiveUser == null) {
                    MPConstraint min = lp.makeConstraint(0, inf);
                    min.setCoefficient(d, 1);
                    min.setCoefficient(t, -1);
                } else if (objectiveUser.equals(u)) {
                    lp.objective().setCoefficient(d, 1);
                }
                balance.get(m).setCoefficient(d, 1);
                access.get(m).setCoefficient(d, 1 / (r * s));
            }
            Map<LinkRef, MPVariable> flow = new HashMap<>();
            Map<LinkRef, Double> linkRate = new HashMap<>();
            for (MeshLink e : inst.meshLinks()) {
                boolean allowed = usable == null || usable.contains(e.ref());
                MPVariable f = lp.makeNumVar(0, allowed ? inf : 0, "f");
                flow.put(e.ref(), f);
                linkRate.put(e.ref(), e.rateBps());
                balance.get(e.to()).setCoefficient(f, 1);
                balance.get(e.from()).setCoefficient(f, -1);
            }
            for (CollisionDomain cd : inst.collisionDomains()) {
                MPConstraint c = lp.makeConstraint(-inf, 1 - inst.epsilon());
                for (LinkRef o : cd.interferes()) {
                    c.setCoefficient(flow.get(o), 1 / (linkRate.get(o) * s));
                }
            }
            if (objectiveUser == null) {
                lp.objective().setCoefficient(t, 1);
            }
            lp.objective().setMaximization();
            if (lp.solve() != MPSolver.ResultStatus.OPTIMAL) {
                throw new IllegalStateException("reference LP not optimal");
            }
            return lp.objective().value() / s;
        } finally {
            lp.delete();
        }
    }
}
