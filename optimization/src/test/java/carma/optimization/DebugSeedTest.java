package carma.optimization;

import carma.optimization.generator.GeneratorSpec;
import carma.optimization.generator.RandomInstanceGenerator;
import carma.optimization.heuristic.MaxMinFairHeuristicAssociation;
import carma.optimization.instance.FairMeshInstance;
import carma.optimization.milp.MaxMinFairMilpAssociation;
import carma.optimization.milp.MilpOptions;
import carma.optimization.solution.FairMeshResult;
import org.junit.jupiter.api.Test;

class DebugSeedTest {
    @Test
    void debug() {
        FairMeshInstance inst = RandomInstanceGenerator.explicit(GeneratorSpec.defaults(30, 9, 2), 4);
        for (int steps : new int[] {0, 0, 100, 300, 300, 1000}) {
            long t0 = System.nanoTime();
            FairMeshResult hh = new MaxMinFairHeuristicAssociation(5000, steps).solve(inst);
            System.out.println("steps " + steps + " min " + hh.minRateBps() + " ms " + (System.nanoTime() - t0) / 1e6);
        }
        FairMeshResult h = new MaxMinFairHeuristicAssociation().solve(inst);
        FairMeshResult e = new MaxMinFairMilpAssociation(MilpOptions.defaults()).solve(inst);
        for (int i = 0; i < h.users().size(); i++) {
            final String uid = h.users().get(i).id();
            System.out.printf("%s h=%s %.0f e=%s %.0f  options=%s%n", uid, h.users().get(i).map(), h.users().get(i).rateBps(),
                    e.users().get(i).map(), e.users().get(i).rateBps(),
                    inst.accessLinks().stream().filter(a -> a.user().equals(uid)).map(a -> a.map() + ":" + (int) (a.rateBps() / 1e5)).toList());
        }
        System.out.println("h flows " + h.linkFlows() + " " + h.gatewayFlows());
        System.out.println("e flows " + e.linkFlows() + " " + e.gatewayFlows());
    }
}
