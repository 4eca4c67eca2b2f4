package carma.benchmarks.kernel;

import carma.kernel.event.EventQueue;
import carma.kernel.event.EventSink;
import carma.kernel.random.RandomStream;
import carma.kernel.random.RandomStreams;
import carma.kernel.sim.Simulator;
import carma.kernel.sim.SimulatorConfig;
import carma.kernel.trace.TraceBus;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * Whole-run companion of the JMH benchmarks that stays meaningful on a shared machine: it reports
 * operations per second of the measuring thread's CPU time (ThreadMXBean), not of wall time, so
 * other processes competing for the cores do not deflate the figure. Prints: the hold model at
 * 10³, 10⁵, 10⁶ pending events, and the tick loop's cost per participant call.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar carma.benchmarks.kernel.KernelCpuTimeHarness}
 */
public final class KernelCpuTimeHarness {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private KernelCpuTimeHarness() {}

    public static void main(String[] args) {
        System.out.println("hold model (pop earliest, push at +Exp(1 ms)), per CPU second of the measuring thread:");
        for (int pending : new int[] {1_000, 100_000, 1_000_000}) {
            holdRate(pending, 5_000_000); // warm-up
            double best = 0;
            for (int r = 0; r < 5; r++) {
                best = Math.max(best, holdRate(pending, 20_000_000));
            }
            System.out.printf(Locale.ROOT, "  pending %,9d: %6.2f million holds/s (best of 5 x 2e7)%n", pending,
                    best / 1e6);
        }
        System.out.println("tick loop (10 000 ticks of 10 ms), CPU ns per participant call:");
        for (int subTicks : new int[] {1, 5}) {
            for (int participants : new int[] {1, 10, 100, 1000}) {
                tickCost(participants, subTicks);
                double best = Double.MAX_VALUE;
                for (int r = 0; r < 5; r++) {
                    best = Math.min(best, tickCost(participants, subTicks));
                }
                System.out.printf(Locale.ROOT, "  %4d participants x %d sub-ticks: %6.1f ns per call%n",
                        participants, subTicks, best);
            }
        }
    }

    static double holdRate(int pending, int holds) {
        RandomStream rng = new RandomStream(42);
        EventQueue q = new EventQueue(pending * 2);
        EventSink<Object> sink = (t, e) -> {};
        Object event = new Object();
        for (int i = 0; i < pending; i++) {
            q.push((long) (rng.nextDouble() * pending * 1_000_000.0), sink, event);
        }
        long[] increments = new long[1 << 16]; // drawn beforehand: the loop measures the queue only
        for (int i = 0; i < increments.length; i++) {
            increments[i] = (long) rng.exponential(1_000_000.0);
        }
        long t0 = THREADS.getCurrentThreadCpuTime();
        for (int i = 0; i < holds; i++) {
            q.pop();
            q.push(q.currentTimeNs() + increments[i & 0xFFFF], sink, event);
        }
        long cpu = THREADS.getCurrentThreadCpuTime() - t0;
        return holds / (cpu / 1e9);
    }

    static double tickCost(int participants, int subTicks) {
        long ticks = 10_000;
        Simulator sim = new Simulator(SimulatorConfig.virtual(10_000_000L, ticks * 10_000_000L), new RandomStreams(1),
                new TraceBus());
        long[] count = new long[1];
        for (int p = 0; p < participants; p++) {
            sim.addTicker("p" + p, subTicks, (t, i, k) -> count[0]++);
        }
        long t0 = THREADS.getCurrentThreadCpuTime();
        sim.run();
        long cpu = THREADS.getCurrentThreadCpuTime() - t0;
        if (count[0] != ticks * participants * subTicks) {
            throw new IllegalStateException("lost calls: " + count[0]);
        }
        return cpu / (double) count[0];
    }
}
