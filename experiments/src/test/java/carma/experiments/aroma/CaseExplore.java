package carma.experiments.aroma;

import carma.ran.emulator.HsdpaParameters;
import carma.ran.schedule.MaxCiScheduler;
import carma.ran.schedule.RoundRobinScheduler;
import carma.ran.schedule.Scheduler;
import carma.traffic.session.SessionParameters;

/** Exploration helper (not a test). */
public final class CaseExplore {
    public static void main(String[] args) {
        int users = Integer.parseInt(args[0]);
        long rate = Long.parseLong(args[1]);
        double perHour = Double.parseDouble(args[2]);
        double alpha = Double.parseDouble(args[3]);
        double f = Double.parseDouble(args[4]);
        double dur = Double.parseDouble(args[5]);
        HsdpaSchedulingCase c = new HsdpaSchedulingCase(1000, users, rate, new SessionParameters(perHour, 60, 20), 2_000_000, 25, 130,
                new HsdpaParameters(15, 4, f, alpha, 7, 4, 100, 3e6));
        for (Scheduler s : new Scheduler[] {new MaxCiScheduler(), new RoundRobinScheduler()}) {
            long t0 = System.nanoTime();
            double[] g = new double[10];
            for (int seed = Integer.getInteger("s0", 1); seed < Integer.getInteger("s0", 1) + 4; seed++) {
            HsdpaSchedulingCase.Trace t = c.run(s, seed, dur);
            for (int i = 0; i < t.size(); i++) {
                if (t.timeS[i] < 30 || t.requested[i] == 0) continue;
                int o = t.borderness(i) < 0.2 ? 0 : t.borderness(i) > 0.4 ? 5 : -1;
                if (o < 0) continue;
                g[o] += t.requested[i]; g[o + 1] += t.accepted[i]; g[o + 2] += t.codes[i]; g[o + 3] += t.cqi[i]; g[o + 4]++;
            }
            }
            System.out.printf("%s GOOD acc=%.3f codes/tti=%.2f cqi=%.1f | BORDER acc=%.3f codes/tti=%.2f cqi=%.1f  wall=%.1fs%n", s.name(),
                    g[1] / g[0], g[2] / g[0], g[3] / g[4], g[6] / g[5], g[7] / g[5], g[8] / g[9], (System.nanoTime() - t0) / 1e9);
        }
    }
}
