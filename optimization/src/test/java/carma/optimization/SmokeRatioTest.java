package carma.optimization;

import carma.optimization.generator.GeneratorSpec;
import carma.optimization.generator.RandomInstanceGenerator;
import carma.optimization.heuristic.MaxMinFairHeuristicAssociation;
import carma.optimization.instance.FairMeshInstance;
import carma.optimization.milp.MaxMinFairMilpAssociation;
import carma.optimization.milp.MilpOptions;
import carma.optimization.rssi.StrongestSignalAssociation;
import carma.optimization.solution.FairMeshResult;
import org.junit.jupiter.api.Test;

class SmokeRatioTest {
    @Test
    void smoke() {
        try { run(); } catch (RuntimeException ex) { ex.printStackTrace(System.out); throw ex; }
    }

    void run() {
        double sum = 0;
        int n = 0;
        for (long seed = 1; seed <= 10; seed++) {
            FairMeshInstance inst; try { inst = RandomInstanceGenerator.explicit(GeneratorSpec.defaults(30, 9, 2), seed); } catch (RuntimeException ex) { ex.printStackTrace(System.out); throw ex; }
            FairMeshResult h = new MaxMinFairHeuristicAssociation().solve(inst);
            FairMeshResult r = new StrongestSignalAssociation().solve(inst);
            FairMeshResult e = new MaxMinFairMilpAssociation(MilpOptions.defaults().withTimeLimitMs(20000)).solve(inst);
            System.out.printf("seed %d: h=%.0f r=%.0f e=%.0f %s bound=%.0f t=%dms ratio=%.4f hb=%s eb=%s%n", seed, h.minRateBps(),
                    r.minRateBps(), e.minRateBps(), e.status(), e.bestBoundBps(), e.solveTimeMs(),
                    h.minRateBps() / e.minRateBps(), h.bottleneck(), e.bottleneck());
            sum += h.minRateBps() / e.minRateBps();
            n++;
        }
        System.out.println("mean ratio " + sum / n);
    }
}
